import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { installDefaultTrustedTypesPolicy } from './app/trusted-types';

// Before anything can render a chart: ECharts clears elements with innerHTML = '' (see the file).
installDefaultTrustedTypesPolicy();

bootstrapApplication(App, appConfig).catch((err) => console.error(err));
