import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { UrlSerializer, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { routes } from './app.routes';
import { LenientUrlSerializer } from './scenarios/link/lenient-url-serializer';
import { provideAppState } from './state';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    // A share link with broken percent-encoding opens with a notice instead of silently at "/".
    { provide: UrlSerializer, useExisting: LenientUrlSerializer },
    // ECharts' code loads on first use, so the first paint does not wait for it.
    provideEchartsCore({ echarts: () => import('./charts/echarts-setup').then((m) => m.default) }),
    ...provideAppState(),
  ],
};
