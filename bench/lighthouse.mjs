// Lighthouse 12.2.3 against the served production build, in Debian's Chromium: the default (mobile)
// config, with its simulated slow 4G and 4x CPU slowdown, and the desktop preset. Each preset runs
// `runs` times; the median score is reported (Lighthouse's performance score varies run to run).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from './browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchLighthouse(url, { runs = 3, log = () => {} } = {}) {
  const out = {};
  for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    const performance = [];
    const accessibility = [];
    const metrics = [];
    for (let i = 0; i < runs; i++) {
      log(`  lighthouse ${preset} ${i + 1}/${runs}`);
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_BIN || '/usr/bin/chromium',
        chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      });
      try {
        const result = await lighthouse(
          url,
          { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] },
          config,
        );
        const { categories, audits } = result.lhr;
        performance.push(Math.round(categories.performance.score * 100));
        accessibility.push(Math.round(categories.accessibility.score * 100));
        metrics.push(
          Object.fromEntries(
            ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(
              (id) => [id, audits[id].numericValue],
            ),
          ),
        );
        if (accessibility.at(-1) < 100) {
          metrics.at(-1).accessibilityFailures = Object.values(audits)
            .filter((a) => a.score === 0 && result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
            .map((a) => ({ id: a.id, nodes: (a.details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet).slice(0, 5) }));
        }
      } finally {
        chrome.kill();
      }
    }
    out[preset] = { performance: median(performance), accessibility: median(accessibility), runs: { performance, accessibility, metrics } };
  }
  return out;
}
