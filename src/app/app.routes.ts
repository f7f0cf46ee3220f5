import { Routes } from '@angular/router';

export const routes: Routes = [
  {
    path: '',
    title: 'Dashboard · China high-tech goals',
    loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'briefing',
    title: 'Briefing · China high-tech goals',
    loadComponent: () => import('./briefing/briefing-page').then((m) => m.BriefingPage),
  },
  {
    path: 'sources',
    title: 'Sources · China high-tech goals',
    loadComponent: () => import('./sources/sources-page').then((m) => m.SourcesPage),
  },
  {
    path: 'model',
    title: 'How the model works · China high-tech goals',
    loadComponent: () => import('./model-docs/model-docs-page').then((m) => m.ModelDocsPage),
  },
  { path: '**', redirectTo: '' },
];
