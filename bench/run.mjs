#!/usr/bin/env node
// `npm run bench`: builds production (and a comparison build importing all of ECharts), serves the
// build with e2e/serve.mjs, measures in Debian's Chromium with Playwright, unthrottled and with 4x
// CPU throttling (CDP Emulation.setCPUThrottlingRate), replays each timed lever move on a
// bare-ECharts page and runs its Monte Carlo request with the engine alone in the same browser (the
// ratios, bare.mjs), times the Monte Carlo engine in Node, runs Lighthouse, prints a table with
// PASS/FAIL per target and writes bench/results.json. `npm run bench:ratios` (ratios.mjs) runs the
// lever moves and their ratios only.
//
// Environment: BENCH_PORT (default 4400), BENCH_SKIP_BUILD=1 to reuse dist/bench and
// dist/bench-full, BENCH_QUICK=1 for fewer samples (a smoke test, not for the README),
// CHROME_BIN (default /usr/bin/chromium).
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchBrowser } from './browser.mjs';
import { buildBarePage } from './bare.mjs';
import { writeFullEchartsConfig } from './echarts-full.mjs';
import { benchEngine } from './engine.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchPackImport } from './pack-import.mjs';
import { jsSizes } from './sizes.mjs';
import { commit, ng, serve } from './serve.mjs';
import { printTable } from './table.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT || 4400);
const QUICK = process.env.BENCH_QUICK === '1';
const started = Date.now();
const loadAverageAtStart = loadavg();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

if (process.env.BENCH_SKIP_BUILD !== '1') {
  log('production build -> dist/bench');
  ng(ROOT, ['--output-path', 'dist/bench']);
  log('comparison build, all of ECharts imported eagerly -> dist/bench-full');
  writeFullEchartsConfig(ROOT);
  ng(ROOT, ['--configuration', 'production,bench-echarts-full', '--output-path', 'dist/bench-full']);
}
const sizes = jsSizes(join(ROOT, 'dist/bench/browser'));
const fullSizes = jsSizes(join(ROOT, 'dist/bench-full/browser'));

log('Monte Carlo engine in Node');
const engine = await benchEngine(ROOT, { repeats: QUICK ? 3 : 7 });
log('5,000-row data pack import in Node');
const packImport = await benchPackImport(ROOT, { repeats: QUICK ? 3 : 7 });

const barePage = await buildBarePage(ROOT);
const server = await serve(ROOT, 'dist/bench/browser', PORT);
const baseURL = `http://127.0.0.1:${PORT}`;
let browser1x, browser4x, lighthouse;
try {
  log('Chromium, unthrottled');
  browser1x = await benchBrowser(baseURL, { throttle: 1, samples: QUICK ? 8 : 30, bigSamples: QUICK ? 2 : 8, withMemory: true, memoryScale: QUICK ? 0.1 : 1, barePage, log });
  log('Chromium, 4x CPU throttling');
  browser4x = await benchBrowser(baseURL, { throttle: 4, samples: QUICK ? 6 : 20, bigSamples: QUICK ? 2 : 5, withMemory: false, barePage, log });
  log('Lighthouse');
  lighthouse = await benchLighthouse(`${baseURL}/`, { runs: QUICK ? 1 : 3, log });
} finally {
  server.kill();
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtStart, loadAverageAtEnd: loadavg(), node: process.version },
  commit: commit(ROOT),
  quick: QUICK,
  js: {
    initialGzipBytes: sizes.initialGzipBytes,
    totalGzipBytes: sizes.totalGzipBytes,
    fullEchartsInitialGzipBytes: fullSizes.initialGzipBytes,
    fullEchartsTotalGzipBytes: fullSizes.totalGzipBytes,
    files: sizes.files,
  },
  engine,
  packImport,
  browser: { unthrottled: browser1x, throttled4x: browser4x },
  lighthouse,
  runtimeSeconds: Math.round((Date.now() - started) / 1000),
};
const verdicts = printTable(results);
results.targets = verdicts;
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench/results.json (${results.runtimeSeconds} s)`);
process.exitCode = verdicts.every((v) => v.pass) ? 0 : 1;
