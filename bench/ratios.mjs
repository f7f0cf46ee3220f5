#!/usr/bin/env node
// `npm run bench:ratios`: the lever moves of `npm run bench` only (no drag, N = 20,000, memory,
// Node or Lighthouse figures), absolute and as ratios to the bare-ECharts page and to the engine
// alone, unthrottled and with 4x CPU throttling; prints the rows and writes bench/ratios.json.
// About two minutes with the build, for rerunning the ratios quickly (README, Performance).
//
// Environment: BENCH_PORT (default 4400), BENCH_SKIP_BUILD=1 to reuse dist/bench,
// BENCH_QUICK=1 for fewer samples (a smoke test), CHROME_BIN (default /usr/bin/chromium).
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBarePage } from './bare.mjs';
import { benchBrowser } from './browser.mjs';
import { commit, ng, serve } from './serve.mjs';
import { printRatios } from './table.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT || 4400);
const QUICK = process.env.BENCH_QUICK === '1';
const started = Date.now();
const loadAverageAtStart = loadavg();
const log = (message) => console.error(`[bench:ratios ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

if (process.env.BENCH_SKIP_BUILD !== '1') {
  log('production build -> dist/bench');
  ng(ROOT, ['--output-path', 'dist/bench']);
}
const barePage = await buildBarePage(ROOT);
const server = await serve(ROOT, 'dist/bench/browser', PORT);
const baseURL = `http://127.0.0.1:${PORT}`;
let browser1x, browser4x;
try {
  log('Chromium, unthrottled');
  browser1x = await benchBrowser(baseURL, { throttle: 1, samples: QUICK ? 8 : 30, ratiosOnly: true, barePage, log });
  log('Chromium, 4x CPU throttling');
  browser4x = await benchBrowser(baseURL, { throttle: 4, samples: QUICK ? 6 : 20, ratiosOnly: true, barePage, log });
} finally {
  server.kill();
}
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtStart, loadAverageAtEnd: loadavg(), node: process.version },
  commit: commit(ROOT),
  quick: QUICK,
  browser: { unthrottled: browser1x, throttled4x: browser4x },
  runtimeSeconds: Math.round((Date.now() - started) / 1000),
};
const verdicts = printRatios(results);
results.targets = verdicts;
writeFileSync(join(ROOT, 'bench/ratios.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench/ratios.json (${results.runtimeSeconds} s)`);
process.exitCode = verdicts.every((v) => v.pass) ? 0 : 1;
