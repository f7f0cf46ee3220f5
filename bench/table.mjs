// The printed table: one row per figure, unthrottled and 4x CPU throttled, the target and PASS/FAIL
// (targets apply to the unthrottled run), then what each figure measures.

const ms = (x) => (x === undefined || x === null ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const int = (x) => Math.round(x).toLocaleString('en-US');
const mp = (s) => (s ? `${ms(s.median)} / ${ms(s.p95)}` : '–');

export const DEFINITIONS = `
What each figure measures (production build served gzipped by e2e/serve.mjs; Debian's Chromium,
headless, 1440×900 window; "1x" unthrottled, "4x" with CDP Emulation.setCPUThrottlingRate 4;
median / p95 (nearest rank) of repeated runs; targets apply to the 1x column):
- Lever → charts repainted: from just before an \`input\` event on a lever's slider (R&D growth,
  the first lever, or export-control severity, which moves the most charts; back and forth, each
  move from the dashboard at rest with its bands drawn) until every chart in the window that the
  move redraws has fired its first ECharts \`finished\` event after it, i.e. its deterministic lines
  are painted to the canvas (setOption paints synchronously, animation is off). A chart whose data
  the lever does not move keeps its lines and its band and fires nothing; the charts counted are
  those that fire before the simulation answers.
- Lever → bands drawn: the same moves, until the simulation is answered and shown (no
  "Simulating" indicator) and the charts in the window have fired their last \`finished\`: the
  redraw with the P10–P90 bands. Includes the worker run (started at once for a move from rest;
  80 ms after the last move while moves keep coming), the transfer and the redraw; the parts are
  input → run posted to the worker, posted → answer received (run and transfer), answer → last
  chart finished (summarize, store, change detection, redraw). N = 20,000 is set through the
  Paths field.
- Longest task in a 5-s drag: the mouse drags the first slider's thumb back and forth for 5 s,
  60 moves a second sent through CDP without waiting for each to be handled (as a hand does; the
  browser coalesces moves it has not handled yet). "long tasks" is the Long
  Tasks API (tasks over 50 ms) on the page; "trace" is the longest RunTask on the renderer's main
  thread in a Chromium trace of the drag.
- Engine: runMonteCarlo from src/app/model/monte-carlo.ts bundled by esbuild, in Node, default
  levers, N = 20,000, median of repeats; the plain loop does the same draws, equations, goal tests
  and percentiles in flat Float64Array loops, and its output is checked bit-identical first.
  Ratio = engine time / plain-loop time.
- Data pack import: bench/pack-import.mjs, in Node: readDataPack on a 5,000-row CSV (five
  indicators, 37 years, three vintages, CJK notes) over the shipped pack, then the review's diff
  and both packs' goal statuses (the P(met) runs are the worker's and not included), median of
  repeats, against papaparse alone parsing the same text.
- Initial JS: gzip size (zlib default level, as served) of the scripts index.html loads (its
  <script> and modulepreload links); total: every .js file of the build (lazy chunks, worker). The
  comparison build is the same app with app.config.ts importing all of ECharts eagerly.
- Heap: V8 heap in use (CDP Runtime.getHeapUsage after 3 forced GCs) on the dashboard at rest,
  before and after 1,000 lever changes (one per animation frame, five levers) and 50 round trips
  Dashboard → Sources → Dashboard. The second row splits a heap snapshot at the same two points
  into V8's compiled code (bytecode and optimized code, which grow as functions get hot and which
  V8 may flush) and everything else (the app's objects). Charts left: ECharts
  instances created (seen through the app's \`echarts-init\` event) still reachable after leaving
  for /sources and forcing GC.
- Lighthouse 12.2.3: performance and accessibility scores, median of runs, default (mobile:
  simulated slow 4G, 4x CPU) and desktop presets. Not rerun under the bench's 4x throttling.
`;

const times = (x) => (x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** "app / reference ms = ratio (90% interval)" of a ratio from ratio.mjs. */
const versus = (q) => (q ? `${ms(q.app.median)} / ${ms(q.reference.median)} = ${times(q.value)}x (${times(q.low)}–${times(q.high)})` : '–');

/** The lever-move rows, absolute and as ratios: in the full table and in bench/ratios.mjs's. */
function latencyRows(b1, b4, row) {
  row(
    `R&D growth → charts repainted (${b1.repaintedCharts} of ${b1.visibleCharts} in the window), ms (med / p95)`,
    mp(b1.repaintMs),
    mp(b4.repaintMs),
    'p95 ≤ 16',
    b1.repaintMs.p95 <= 16,
  );
  row('  ÷ bare ECharts, same options on as many charts, ms (med) = ratio (90% interval)', versus(b1.repaintRatio), versus(b4.repaintRatio), '≤ 1.3x', b1.repaintRatio.value <= 1.3);
  const toSet = (b) => `${ms(b.repaintParts.toSetOptionMs.median)} + ${ms(b.repaintParts.inSetOptionMs.median)}`;
  row('  repaint: input → setOption + inside setOption (medians)', toSet(b1), toSet(b4), '–');
  row('R&D growth → bands drawn, N = 2,000, ms', mp(b1.bands2kMs), mp(b4.bands2kMs), 'p95 ≤ 100', b1.bands2kMs.p95 <= 100 && b1.bands2kShown);
  row('  ÷ engine alone (same browser, main thread, the same runs), ms (med) = ratio', versus(b1.bands2kRatio), versus(b4.bands2kRatio), '≤ 2x', b1.bands2kRatio.value <= 2);
  const parts = (b) => `${ms(b.bands2kParts.toPostMs.median)} + ${ms(b.bands2kParts.workerMs.median)} + ${ms(b.bands2kParts.drawMs.median)}`;
  row('  bands N = 2,000: to worker + worker + draw (medians)', parts(b1), parts(b4), '–');
  if (b1.bands20kMs) row('R&D growth → bands drawn, N = 20,000, ms', mp(b1.bands20kMs), mp(b4.bands20kMs), '–');
  row(
    `Export controls → charts repainted (${b1.wideRepaintedCharts} of ${b1.visibleCharts}), ms`,
    mp(b1.wideRepaintMs),
    mp(b4.wideRepaintMs),
    'p95 ≤ 16',
    b1.wideRepaintMs.p95 <= 16,
  );
  row('  ÷ bare ECharts = ratio', versus(b1.wideRepaintRatio), versus(b4.wideRepaintRatio), '≤ 1.3x', b1.wideRepaintRatio.value <= 1.3);
  row('Export controls → bands drawn, N = 2,000, ms', mp(b1.wideBandsMs), mp(b4.wideBandsMs), 'p95 ≤ 100', b1.wideBandsMs.p95 <= 100);
  row('  ÷ engine alone = ratio', versus(b1.wideBandsRatio), versus(b4.wideBandsRatio), '≤ 2x', b1.wideBandsRatio.value <= 2);
}

/** Rows to a Markdown table, with PASS/FAIL, and the verdicts. */
function table() {
  const rows = [];
  const verdicts = [];
  const row = (figure, one, four, target, pass) => {
    rows.push([figure, one, four, target, pass === undefined ? '' : pass ? 'PASS' : 'FAIL']);
    if (pass !== undefined) verdicts.push({ figure, target, pass });
  };
  const text = () => {
    const head = ['Figure', '1x (unthrottled)', '4x CPU', 'Target (1x)', 'Result'];
    return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  };
  return { row, verdicts, text };
}

const heading = (r) =>
  `Benchmark, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.machine.cpus} CPUs (${r.machine.model}), Node ${r.machine.node}, ` +
  `load average ${r.machine.loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')} at the start` +
  `${r.commit ? `, commit ${r.commit}` : ''}${r.quick ? ' — QUICK run, few samples' : ''}`;

/** Moves redone because the answer beat the first redraw (timeMove): a sign of a busy machine. */
const redone = (r) => {
  const n = [r.browser.unthrottled, r.browser.throttled4x].map((b) => b.mergedMoves ?? 0);
  return n[0] + n[1] ? `\nMoves redone because lines and bands were drawn together (a busy machine): ${n[0]} at 1x, ${n[1]} at 4x.` : '';
};

/** bench/ratios.mjs: the lever-move rows only, absolute and as ratios. */
export function printRatios(r) {
  const { row, verdicts, text } = table();
  latencyRows(r.browser.unthrottled, r.browser.throttled4x, row);
  const passed = verdicts.filter((v) => v.pass).length;
  console.log(`\n${heading(r)}\n\n${text()}\n\n${passed} of ${verdicts.length} targets pass.${redone(r)}\n${RATIO_DEFINITIONS}`);
  return verdicts;
}

export function printTable(r) {
  const b1 = r.browser.unthrottled;
  const b4 = r.browser.throttled4x;
  const lh = r.lighthouse;
  const { row, verdicts, text } = table();
  latencyRows(b1, b4, row);
  const drag = (d) => `${ms(d.longestLongTaskMs)} (${d.longTaskCount} long tasks; trace ${ms(d.longestTaskMs)}; ${d.redraws} redraws)`;
  row('Longest task in a 5-s drag, ms', drag(b1.drag), drag(b4.drag), 'none > 50', b1.drag.longTaskCount === 0);
  const e = r.engine;
  row(
    `Engine, paths/s (N = ${int(e.paths)}, Node)`,
    `${int(e.enginePathsPerSecond)} vs plain loop ${int(e.plainPathsPerSecond)} = ${e.ratio.toFixed(2)}x`,
    '–',
    '≤ 2x',
    e.ratio <= 2,
  );
  const p = r.packImport;
  row(
    'Import a 5,000-row data pack (read + review), ms (Node)',
    `${ms(p.readMs)} + ${ms(p.reviewMs)} vs papaparse alone ${ms(p.papaparseMs)} = ${p.ratio.toFixed(1)}x`,
    '–',
    '–',
  );
  row('Initial JS, gzip (total JS)', `${kB(r.js.initialGzipBytes)} (${kB(r.js.totalGzipBytes)})`, '–', '≤ 150 kB', r.js.initialGzipBytes <= 150_000);
  row(
    'All of ECharts, eager: initial (total)',
    `${kB(r.js.fullEchartsInitialGzipBytes)} (${kB(r.js.fullEchartsTotalGzipBytes)}) = ${(r.js.fullEchartsInitialGzipBytes / r.js.initialGzipBytes).toFixed(1)}x initial`,
    '–',
    '–',
  );
  const m = b1.memory;
  row(
    `Heap after ${int(m.changes)} changes + ${m.trips} trips / start`,
    `${MB(m.startBytes)} → ${MB(m.endBytes)} = ${m.ratio.toFixed(2)}`,
    '–',
    '≤ 1.10',
    m.ratio <= 1.1,
  );
  const data = (x) => x.total - x.code;
  row(
    '  the same without V8 compiled code (snapshot)',
    `${MB(data(m.startSnapshot))} → ${MB(data(m.endSnapshot))} = ${m.withoutCodeRatio.toFixed(2)} (code ${MB(m.startSnapshot.code)} → ${MB(m.endSnapshot.code)})`,
    '–',
    '–',
  );
  row('ECharts instances left after leaving', `${m.chartsReachable} of ${m.chartsCreated} created`, '–', '0', m.chartsReachable === 0 && m.chartsUndisposed === 0);
  row('Lighthouse mobile: performance', String(lh.mobile.performance), '–', '≥ 95', lh.mobile.performance >= 95);
  row('Lighthouse mobile: accessibility', String(lh.mobile.accessibility), '–', '100', lh.mobile.accessibility === 100);
  row('Lighthouse desktop: performance', String(lh.desktop.performance), '–', '–');
  row('Lighthouse desktop: accessibility', String(lh.desktop.accessibility), '–', '100', lh.desktop.accessibility === 100);

  const passed = verdicts.filter((v) => v.pass).length;
  console.log(`\n${heading(r)}\n\n${text()}\n\n${passed} of ${verdicts.length} targets pass.${redone(r)}\n${DEFINITIONS}${RATIO_DEFINITIONS}`);
  return verdicts;
}

export const RATIO_DEFINITIONS = `
Ratios (issue 15): the same lever moves against a reference timed in the same browser on the same
machine, so that a faster or a busier machine moves both sides alike. Ratio = median of the app's
samples / median of the reference's; in brackets a 90% bootstrap interval of that ratio (each side
resampled 2,000 times, fixed seed). Targets: ≤ 1.3x and ≤ 2x, 1x column.
- ÷ bare ECharts (framework overhead): right after each of the app's moves, the move is replayed 3
  times on a page with no framework (bench/bare.html running bench/bare-page.mjs, bundled by esbuild
  with ECharts from the app's charts/echarts-setup.ts: the same echarts package, modules and canvas
  renderer), in a second browser context with the same window and CPU throttling. The page holds
  one chart per chart of the app's, each of its size; before each replay every chart the move sets
  is given back the option it held before the move (untimed); then the app's own setOption calls of
  the move (its options, captured in the app's page, and its setOption arguments) are made and
  timed as the app's page times them: from just before the first setOption until each chart the
  app's move counted has fired its first \`finished\`. Functions in the options cannot leave the app's
  page: each is matched by its output on probe inputs to a formatter of format/number.ts or to its
  own source, else taken as the panel tooltip's formatter, else a stand-in (results.json
  \`optionFunctions\` lists which). "input → setOption + inside setOption": the app's time from the
  input event to its first setOption call, and inside its setOption calls until the repaint.
- ÷ engine alone: the request the app posted to its worker for that move, run 3 times by
  runMonteCarlo (src/app/model/monte-carlo.ts bundled by esbuild) on the bare page's main thread,
  with the compared scenarios' runs if any, as the worker does; the app's side is lever → bands
  drawn (input, run posted, worker run, transfer, summary, store, redraw).
`;
