#!/usr/bin/env node
// `npm run bench:profile`: where a lever move's main-thread time goes. Builds production with source
// maps into dist/bench-profile, makes 30 R&D growth moves (each from rest until its bands are drawn,
// as the bench times them) under the CDP CPU profiler, maps each sample to its source file and
// prints, per move, the time per part (ECharts, Angular, NgRx, the app's folders, GC, idle) from
// the input event to the repaint and from the repaint to the bands drawn. The worker's thread is not
// profiled (its time is in the bands figures).
//
// Environment: BENCH_PORT (default 4400), BENCH_SKIP_BUILD=1 to reuse dist/bench-profile,
// CHROME_BIN (default /usr/bin/chromium).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { profileBrowser } from './browser.mjs';
import { ng, serve } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT || 4400);
const DIST = 'dist/bench-profile/browser';

if (process.env.BENCH_SKIP_BUILD !== '1') ng(ROOT, ['--source-map', '--output-path', 'dist/bench-profile']);

/** The part of the code a source path belongs to. */
function part(source) {
  const s = source.replace(/^.*?(node_modules\/|src\/app\/)/, '$1');
  const pkg = s.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg === 'echarts' || pkg === 'zrender') return 'ECharts + zrender';
  if (pkg) return pkg;
  const folder = s.match(/^src\/app\/([^/]+)\//)?.[1];
  if (folder) return `app: ${folder}/`;
  if (s.startsWith('src/app/')) return 'app: (root files)';
  return s;
}

/** Each sample's part, start and length (µs), from the profile and the build's source maps. */
function samples(profile, mapFor) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const consumers = new Map();
  const partOf = new Map();
  const nodePart = (node) => {
    if (partOf.has(node.id)) return partOf.get(node.id);
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    let p = functionName.startsWith('(') || functionName === '__benchMoveStarts' ? functionName : url ? basename(url) : '(native)';
    if (url && p !== '__benchMoveStarts') {
      const file = mapFor(url);
      if (!consumers.has(file)) consumers.set(file, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
      const source = consumers.get(file)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber }).source;
      if (source) p = part(source);
    }
    partOf.set(node.id, p);
    return p;
  };
  let t = profile.startTime;
  return profile.samples.map((id, i) => {
    t += profile.timeDeltas[i];
    return { part: nodePart(byId.get(id)), t, length: profile.timeDeltas[i + 1] ?? 0 };
  });
}

/**
 * The profile's clock (µs) less the page's (performance.now(), ms × 1000): the offset that lines up
 * the most moves with the end of a run of the bench's 5-ms marker function, which each move's t0
 * follows at once. A busy host can make the sampler miss a mark; the offset holds for all moves.
 */
function clockOffset(all, moves) {
  const marks = all.filter((s) => s.part === '__benchMoveStarts');
  const ends = marks.filter((s, i) => !marks[i + 1] || marks[i + 1].t - s.t > 100000).map((s) => s.t + s.length);
  const votes = new Map();
  for (const end of ends) for (const m of moves) {
    const ms = Math.round((end - m.t0 * 1000) / 1000);
    votes.set(ms, (votes.get(ms) ?? 0) + 1);
  }
  const [best, count] = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (count < moves.length / 2) throw new Error(`bench: only ${count} of ${moves.length} moves line up with the profile's marks`);
  const near = ends.flatMap((end) => moves.map((m) => end - m.t0 * 1000)).filter((d) => Math.abs(d / 1000 - best) <= 1);
  return near.reduce((a, b) => a + b, 0) / near.length;
}

/** ms per part over the samples inside the windows, [from, to) in µs of profile time. */
function tally(all, windows) {
  const totals = new Map();
  for (const s of all) {
    if (!windows.some(([from, to]) => s.t >= from && s.t < to)) continue;
    totals.set(s.part, (totals.get(s.part) ?? 0) + s.length / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function print(title, rows, per) {
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n${title}: ${(total / per).toFixed(1)} ms per move`);
  for (const [p, ms] of rows.slice(0, 14)) console.log(`  ${p.padEnd(32)} ${(ms / per).toFixed(2).padStart(7)} ms  ${((100 * ms) / total).toFixed(0).padStart(3)}%`);
}

const server = await serve(ROOT, DIST, PORT);
let result;
try {
  result = await profileBrowser(`http://127.0.0.1:${PORT}`, { samples: 30 });
} finally {
  server.kill();
}
const mapFor = (url) => join(ROOT, DIST, `${new URL(url).pathname}.map`);
const all = samples(result.profile, mapFor);
const offset = clockOffset(all, result.moves);
const timed = result.moves.filter((m) => !m.merged).map((m) => ({ start: m.t0 * 1000 + offset, ...m }));
const n = timed.length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${n} R&D growth moves at 1x, repaint median ${median(timed.map((m) => m.repaint)).toFixed(1)} ms, bands ${median(timed.map((m) => m.bands)).toFixed(1)} ms; CPU profile of the page's main thread, self time by source (source maps), per move:`);
print('Input → repaint (idle: waiting, e.g. for the next task or frame)', tally(all, timed.map((m) => [m.start, m.start + m.repaint * 1000])), n);
print('Repaint → bands drawn (the worker runs meanwhile; idle: waiting for it)', tally(all, timed.map((m) => [m.start + m.repaint * 1000, m.start + m.bands * 1000])), n);
console.log(
  '\n(program): the browser outside JavaScript (event dispatch, style, layout, paint, copying messages to and from the worker); ' +
    '(native): built-in functions; a file name: code its source map does not place; the profile samples every 0.1 ms. ' +
    'The marker before each move (5 ms) and the bench\'s wait for rest fall outside both windows.',
);
