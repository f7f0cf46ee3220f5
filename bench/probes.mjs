/**
 * Inputs on which the app's page tries each function it finds in a chart option (numbers, and an
 * object like those ECharts passes to axis min/max and label functions), and the bare page each
 * candidate, to tell which formatter a function is (see bare-page.mjs).
 */
export const PROBES = [0, 0.0123, 1.5, 42, 1234.5, 98765, 1.2e6, -3.4e9, 2.5e12, { min: 0, max: 321, value: 1234.5 }];
