// The bare-ECharts page (bare.html with bare-page.mjs bundled by esbuild), served beside the app
// on the same origin through Playwright routing (nothing is added to the build the bench measures),
// in its own browser context with the app's window size and CPU throttling.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserBundle } from './bundle.mjs';

export const BARE_PATH = '/__bench-bare/';

export async function buildBarePage(root) {
  const script = await browserBundle(root, 'bare', join(root, 'bench/bare-page.mjs'));
  return { html: readFileSync(join(root, 'bench/bare.html')), js: readFileSync(script) };
}

export async function openBarePage(browser, baseURL, built, throttle) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  await context.route(`${baseURL}${BARE_PATH}**`, (route) => {
    const js = route.request().url().endsWith('.js');
    return route.fulfill({ status: 200, contentType: js ? 'text/javascript' : 'text/html', body: js ? built.js : built.html });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${baseURL}${BARE_PATH}index.html`);
  await page.waitForFunction(() => window.__bare !== undefined);
  return { context, page };
}
