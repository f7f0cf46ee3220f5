#!/usr/bin/env node
// `npm run bench`: builds production (and a comparison build importing all of ECharts), serves the
// build with e2e/serve.mjs, measures in Debian's Chromium with Playwright, unthrottled and with 4x
// CPU throttling (CDP Emulation.setCPUThrottlingRate), times the Monte Carlo engine in Node, runs
// Lighthouse, prints a table with PASS/FAIL per target and writes bench/results.json.
//
// Environment: BENCH_PORT (default 4400), BENCH_SKIP_BUILD=1 to reuse dist/bench and
// dist/bench-full, BENCH_QUICK=1 for fewer samples (a smoke test, not for the README),
// CHROME_BIN (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchBrowser } from './browser.mjs';
import { writeFullEchartsConfig } from './echarts-full.mjs';
import { benchEngine } from './engine.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchPackImport } from './pack-import.mjs';
import { jsSizes } from './sizes.mjs';
import { printTable } from './table.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT || 4400);
const QUICK = process.env.BENCH_QUICK === '1';
const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

function ng(args) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/ng'), ['build', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
  if (result.status !== 0) throw new Error(`bench: ng build ${args.join(' ')} failed`);
}

async function serve(dist) {
  const server = spawn(process.execPath, [join(ROOT, 'e2e/serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, DIST_DIR: dist, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    server.stdout.once('data', ok);
    server.once('exit', (code) => fail(new Error(`bench: server exited (${code}); is port ${PORT} free? Set BENCH_PORT.`)));
  });
  return server;
}

if (process.env.BENCH_SKIP_BUILD !== '1') {
  log('production build -> dist/bench');
  ng(['--output-path', 'dist/bench']);
  log('comparison build, all of ECharts imported eagerly -> dist/bench-full');
  writeFullEchartsConfig(ROOT);
  ng(['--configuration', 'production,bench-echarts-full', '--output-path', 'dist/bench-full']);
}
const sizes = jsSizes(join(ROOT, 'dist/bench/browser'));
const fullSizes = jsSizes(join(ROOT, 'dist/bench-full/browser'));

log('Monte Carlo engine in Node');
const engine = await benchEngine(ROOT, { repeats: QUICK ? 3 : 7 });
log('5,000-row data pack import in Node');
const packImport = await benchPackImport(ROOT, { repeats: QUICK ? 3 : 7 });

const server = await serve('dist/bench/browser');
const baseURL = `http://127.0.0.1:${PORT}`;
let browser1x, browser4x, lighthouse;
try {
  log('Chromium, unthrottled');
  browser1x = await benchBrowser(baseURL, { throttle: 1, samples: QUICK ? 8 : 30, bigSamples: QUICK ? 2 : 8, withMemory: true, memoryScale: QUICK ? 0.1 : 1, log });
  log('Chromium, 4x CPU throttling');
  browser4x = await benchBrowser(baseURL, { throttle: 4, samples: QUICK ? 6 : 20, bigSamples: QUICK ? 2 : 5, withMemory: false, log });
  log('Lighthouse');
  lighthouse = await benchLighthouse(`${baseURL}/`, { runs: QUICK ? 1 : 3, log });
} finally {
  server.kill();
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtEnd: loadavg(), node: process.version },
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
