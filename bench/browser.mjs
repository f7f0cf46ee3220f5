// The in-browser figures: the production build served by e2e/serve.mjs, driven with Playwright in
// Debian's Chromium at 1440×900 (an ordinary laptop screen). Charts are reached through the
// `echarts-init` event that src/app/charts/echarts-setup.ts dispatches with each instance; timing
// uses ECharts' `finished` events, which a non-lazy setOption fires once the canvas is painted.
import { chromium } from '@playwright/test';
import { openBarePage } from './bare.mjs';
import { PROBES } from './probes.mjs';
import { ratio } from './ratio.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Installed before the app runs: keeps weak references to charts and their `finished` times, and
 * what the app sets on each chart (setOption's arguments and when; the last per chart while the
 * chart lives) and posts to the worker, for the bare-ECharts page to replay.
 */
function instrument(probes) {
  const bench = { charts: [], drawn: new Set(), events: [], longTasks: [], posts: [], answers: [], calls: [], last: new WeakMap() };
  Object.defineProperty(window, '__bench', { value: bench });
  // When runs are posted to the Monte Carlo worker and when it answers: where the bands' time goes.
  // Also whether a run is still out (posted, neither answered nor stopped) and when a run was last
  // posted or answered: the dashboard is at rest only once its runs are done.
  const NativeWorker = window.Worker;
  const workers = new Set();
  bench.runActivity = 0;
  bench.requests = [];
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.out = 0;
      workers.add(this);
      this.addEventListener('message', () => {
        bench.answers.push(performance.now());
        bench.runActivity = performance.now();
        this.out = Math.max(0, this.out - 1);
      });
    }
    postMessage(...args) {
      bench.posts.push(performance.now());
      bench.runActivity = performance.now();
      this.out++;
      bench.request = args[0];
      if (bench.watchRuns) bench.requests.push(args[0]);
      return super.postMessage(...args);
    }
    terminate() {
      workers.delete(this);
      return super.terminate();
    }
  };
  bench.runOut = () => [...workers].some((w) => w.out > 0);
  /**
   * Runs posted while watching that asked for exactly the run posted just before them (the same
   * inputs, so the same answer), counted and forgotten. Compared here, outside any timed window.
   */
  bench.repeatedRuns = () => {
    const key = ({ indicators, ...rest }) => [indicators, JSON.stringify(rest)];
    const keys = bench.requests.map(key);
    bench.requests.length = 0;
    return keys.filter((k, i) => i > 0 && k[0] === keys[i - 1][0] && k[1] === keys[i - 1][1]).length;
  };
  document.addEventListener(
    'echarts-init',
    (event) => {
      const chart = event.detail;
      const n = bench.charts.push(new WeakRef(chart)) - 1;
      chart.on('finished', () => {
        bench.drawn.add(n);
        bench.events.push({ chart: n, t: performance.now() });
      });
      const setOption = chart.setOption;
      chart.setOption = function (option, ...opts) {
        const call = { chart: n, option, opts, start: performance.now() };
        const result = setOption.call(this, option, ...opts);
        call.end = performance.now();
        bench.last.set(chart, call);
        if (bench.recording) bench.calls.push(call);
        return result;
      };
    },
    true,
  );
  /**
   * An option as data that leaves the page: each function becomes its path and what it returns for
   * the probe inputs, by which the bare page finds the same function among the app's formatters.
   */
  bench.serialize = (value, path = '') => {
    if (typeof value === 'function') {
      const probe = probes.map((x) => {
        try {
          return String(value(x));
        } catch {
          return 'throw';
        }
      });
      return { __benchFn: path, probe, source: value.toString() };
    }
    const at = (key) => (path ? `${path}.${key}` : String(key));
    if (Array.isArray(value)) return value.map((v, i) => bench.serialize(v, at(i)));
    if (value && typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`bench: an option holds a ${value.constructor?.name} at ${path}`);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bench.serialize(v, at(k))]));
    }
    return value;
  };
  /** Every live chart's size and the option it holds, index for index with bench.charts. */
  bench.chartSpecs = () =>
    bench.charts.map((ref) => {
      const chart = ref.deref();
      const call = chart && !chart.isDisposed() && bench.last.get(chart);
      return call ? { width: chart.getWidth(), height: chart.getHeight(), option: bench.serialize(call.option), opts: call.opts } : null;
    });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  /** Charts alive, not disposed, with their element at least partly inside the window. */
  bench.visible = () =>
    bench.charts
      .map((ref, n) => ({ chart: ref.deref(), n }))
      .filter(({ chart }) => {
        if (!chart || chart.isDisposed()) return false;
        const r = chart.getDom().getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
      })
      .map(({ n }) => n);
  function __benchMoveStarts() {
    const end = performance.now() + 5;
    while (performance.now() < end);
  }
  bench.simulating = () => document.querySelector('.simulating') !== null;
  bench.frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  /** Resolves once `test()` holds, checked every frame; rejects after `ms`. */
  bench.until = async (test, ms = 30000, what = 'condition') => {
    const start = performance.now();
    while (!test()) {
      if (performance.now() - start > ms) throw new Error(`bench: timed out waiting for ${what}`);
      await bench.frame();
    }
  };
  /** The dashboard at rest: charts drawn, the simulation done, bands on the charts. */
  bench.settled = async () => {
    await bench.until(() => bench.visible().length > 0, 30000, 'charts');
    await bench.until(() => bench.visible().every((n) => bench.drawn.has(n)), 30000, 'first render');
    await bench.until(() => !bench.simulating() && document.body.textContent.includes('Probabilities from'), 60000, 'simulation');
    for (let i = 0; i < 5; i++) await bench.frame();
  };
  /** Whether a visible panel chart shows a P50 line. */
  bench.hasBands = () =>
    bench.visible().some((n) =>
      (bench.charts[n].deref().getOption().series ?? []).some(
        (s) => String(s.id).endsWith(':p50') && s.data.some((d) => d !== '-' && d !== null && d !== undefined),
      ),
    );
  /** Sets a lever's slider to a fraction of its range and fires `input`, as a drag step does. */
  bench.moveLever = (index, fraction) => {
    const input = document.querySelectorAll('app-lever-control input[type=range]')[index];
    const min = Number(input.min), max = Number(input.max);
    input.value = String(min + (max - min) * fraction);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  /** The index, among the lever controls, of the slider with this accessible name (-1 if none). */
  bench.leverIndex = (name) =>
    [...document.querySelectorAll('app-lever-control input[type=range]')].findIndex((el) => el.getAttribute('aria-label') === name);
  /**
   * One lever move, timed from just before the input event until the run it starts is answered and
   * shown. `repaint`: the charts in the window that the move redraws before the answer (the
   * deterministic lines; charts whose data the lever does not move keep their lines and bands and
   * fire nothing) have each fired their first `finished`. `bands`: the charts in the window have
   * fired their last one (the redraw with the P10–P90 bands).
   */
  /**
   * The dashboard at rest before a move: no run out, and none posted or answered for 500 ms (longer
   * than the app's save delay, SAVE_DELAY_MS = 300, after which the last move's save may post a run).
   */
  bench.rest = () => bench.until(() => !bench.runOut() && performance.now() - bench.runActivity > 500, 30000, 'the runs to end');
  bench.timeMove = async (index, fraction, capture = false) => {
    await bench.rest();
    await bench.frame();
    await new Promise((r) => setTimeout(r, 30));
    const visible = bench.visible();
    bench.events.length = 0;
    bench.posts.length = 0;
    bench.answers.length = 0;
    bench.calls.length = 0;
    // What each chart holds at rest, for the bare page to start the replay from.
    const before = new Map(bench.charts.map((ref, n) => [n, ref.deref() && bench.last.get(ref.deref())]));
    // A fraction that rounds to the lever's present value (a redone move) goes one step further:
    // a scratch slider like the lever's says where the browser rounds it.
    const input = document.querySelectorAll('app-lever-control input[type=range]')[index];
    const scratch = Object.assign(document.createElement('input'), { type: 'range', min: input.min, max: input.max, step: input.step });
    const min = Number(input.min), max = Number(input.max);
    const step = Number(input.step) || (max - min) / 100;
    scratch.value = String(min + (max - min) * fraction);
    if (Math.abs(Number(scratch.value) - Number(input.value)) < step / 2) fraction = (Number(input.value) + (fraction < 0.5 ? 1 : -1) * step - min) / (max - min);
    bench.recording = capture;
    // Under bench/profile.mjs: 5 ms spent in a function of a known name mark in the CPU profile
    // where this move starts (t0 follows at once; the sampler can miss a shorter mark on a busy host).
    if (bench.profiled) __benchMoveStarts();
    const t0 = performance.now();
    bench.moveLever(index, fraction);
    const answer = () => bench.answers.find((t) => t > (bench.posts.at(-1) ?? Infinity));
    await bench.until(() => answer() !== undefined && !bench.simulating(), 120000, 'simulation');
    for (let i = 0; i < 3; i++) await bench.frame();
    const posted = bench.posts.at(-1);
    const answered = answer();
    const events = bench.events.filter((e) => visible.includes(e.chart));
    const repainted = [...new Set(events.filter((e) => e.t < answered).map((e) => e.chart))];
    if (!repainted.length) {
      bench.recording = false;
      // The answer came before the first redraw (a busy machine delayed it): lines and bands were
      // drawn together, so this move has no repaint to time; the caller moves again.
      if (events.length) {
        if (bench.profiled) bench.profiled.push({ t0, merged: true });
        return { merged: true, first: Math.min(...events.map((e) => e.t)) - t0, answered: answered - t0 };
      }
      throw new Error('bench: the lever move redrew no chart in the window');
    }
    const repaint = Math.max(...repainted.map((n) => events.find((e) => e.chart === n).t)) - t0;
    const bands = Math.max(...events.map((e) => e.t)) - t0;
    const timed = { repaint, bands, charts: repainted.length, visible: visible.length, posted: posted - t0, answered: answered - t0 };
    if (bench.profiled) bench.profiled.push({ t0, ...timed });
    bench.recording = false;
    if (!capture) return timed;
    // The setOption calls before the answer: the repaint's. Their time is ECharts'; the rest is the app's.
    const calls = bench.calls.filter((c) => c.start < answered);
    bench.calls.length = 0;
    const charts = [...new Set(calls.map((c) => c.chart))];
    return {
      ...timed,
      toSetOption: calls[0].start - t0,
      inSetOption: calls.filter((c) => c.start < t0 + repaint).reduce((sum, c) => sum + c.end - c.start, 0),
      replay: {
        rest: charts.map((n) => ({ chart: n, option: bench.serialize(before.get(n).option), opts: before.get(n).opts })),
        calls: calls.map((c) => ({ chart: c.chart, option: bench.serialize(c.option), opts: c.opts })),
        counted: repainted,
      },
      request: bench.request,
    };
  };
}

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.95 * xs.length) - 1)];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const stats = (xs) => ({ median: median(xs), p95: p95(xs), n: xs.length, samples: xs.map((x) => Math.round(x * 10) / 10) });

async function openDashboard(browser, baseURL, throttle) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.addInitScript(instrument, PROBES);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${baseURL}/`);
  await page.evaluate(() => window.__bench.settled());
  return { context, page, cdp };
}

async function setPaths(page, paths) {
  await page.evaluate((n) => {
    const field = document.querySelector('#mc-paths');
    field.value = String(n);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, paths);
  await page.evaluate(() => window.__bench.settled());
}

/**
 * Repaint and bands latencies over `samples` moves of one lever (by its slider's name; the first
 * lever, R&D growth, by default), back and forth, each from the dashboard at rest (the previous
 * move's bands drawn), as an analyst moves and looks.
 */
async function leverMoves(page, samples, lever = RD_GROWTH, bare = null) {
  const index = await page.evaluate((name) => window.__bench.leverIndex(name), lever);
  if (index < 0) throw new Error(`bench: no slider named ${lever}`);
  if (bare) {
    const specs = await page.evaluate(() => window.__bench.chartSpecs());
    await bare.page.evaluate((s) => window.__bare.setup(s), specs);
  }
  const runs = [];
  const merged = [];
  await page.evaluate(() => {
    window.__bench.watchRuns = true;
    window.__bench.requests.length = 0;
  });
  for (let i = 0; i < samples; i++) {
    const fraction = i % 2 ? 0.35 + (i % 7) * 0.01 : 0.65 - (i % 5) * 0.01;
    const run = await page.evaluate(([n, f, c]) => window.__bench.timeMove(n, f, c), [index, fraction, bare !== null]);
    if (run.merged) {
      merged.push(run);
      if (merged.length > samples) throw new Error(`bench: ${merged.length} moves drew lines and bands together; is the machine too busy?`);
      i--;
      continue;
    }
    if (bare) {
      // Right after the app's move, so that the machine's load at the time weighs on both alike.
      const { replay, request } = run;
      delete run.replay;
      delete run.request;
      run.bareRepaint = await bare.page.evaluate(([r, reps]) => window.__bare.replay(r, reps), [replay, bare.reps]);
      run.engine = await bare.page.evaluate(([q, reps]) => window.__bare.engine(q, reps), [request, bare.engineReps]);
    }
    runs.push(run);
  }
  // Let the last move's save come and go, so that its run is counted too.
  await page.evaluate(() => window.__bench.rest());
  runs.repeatedRuns = await page.evaluate(() => {
    window.__bench.watchRuns = false;
    return window.__bench.repeatedRuns();
  });
  runs.merged = merged.length;
  return runs;
}

const RD_GROWTH = 'R&D spending growth (nominal)';
/** The lever whose move redraws the most charts: compute access drives AI industry, models and LLMs. */
const EXPORT_CONTROLS = 'Export-control severity';

/**
 * A 5-second drag of a slider thumb with the mouse, traced: 60 moves a second sent through CDP
 * without waiting for the page to take each one, as a hand keeps moving whatever the page does
 * (the browser coalesces moves it has not handled yet).
 */
async function drag(browser, page, cdp) {
  const slider = page.locator('app-lever-control input[type=range]').nth(0);
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  const x = (f) => box.x + 8 + (box.width - 16) * f;
  await page.evaluate(() => {
    window.__bench.longTasks.length = 0;
    window.__bench.events.length = 0;
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const t0 = await page.evaluate(() => performance.now());
  const mouse = (type, at, buttons) =>
    cdp.send('Input.dispatchMouseEvent', { type, x: at, y, button: 'left', buttons, clickCount: type === 'mouseMoved' ? 0 : 1 });
  await mouse('mouseMoved', x(0.5), 0);
  await mouse('mousePressed', x(0.5), 1);
  const start = Date.now();
  const pending = [];
  let moves = 0;
  while (Date.now() - start < 5000) {
    const t = (Date.now() - start) / 5000;
    // Sweeps back and forth across the middle of the range, twice.
    pending.push(mouse('mouseMoved', x(0.5 + 0.4 * Math.sin(t * 4 * Math.PI)), 1));
    moves++;
    const wait = start + moves * 16 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await Promise.all(pending);
  await mouse('mouseReleased', x(0.5), 0);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const longTasks = await page.evaluate((from) => window.__bench.longTasks.filter((t) => t.start >= from), t0);
  // Chart redraws during the drag: that the drag did move the lever.
  const redraws = await page.evaluate(() => window.__bench.events.length);
  // The renderer's main thread: its tasks' durations from the trace (the Long Tasks API only lists > 50 ms).
  const events = trace.traceEvents ?? trace;
  const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.includes(`${e.pid}:${e.tid}`)).map((e) => e.dur / 1000);
  await page.evaluate(() => window.__bench.settled());
  return {
    moves,
    redraws,
    longTaskCount: longTasks.length,
    longestLongTaskMs: Math.max(0, ...longTasks.map((t) => t.duration)),
    longestTaskMs: Math.max(0, ...tasks),
    tasksOver16Ms: tasks.filter((d) => d > 16).length,
  };
}

/**
 * The heap by a snapshot (after forced GC): all of it, and V8's compiled code in it (bytecode and
 * optimized code grow as functions get hot; V8 can flush them; they are not the app's data).
 */
async function heapSnapshotSizes(cdp) {
  const chunks = [];
  const collect = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let total = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    total += nodes[i + size];
    if (types[nodes[i + type]] === 'code') code += nodes[i + size];
  }
  return { total, code };
}

/** Heap after 1,000 lever changes and 50 route round trips against the start; charts left after leaving. */
async function memory(page, cdp, scale = 1) {
  const heap = async () => {
    await page.evaluate(() => (window.__bench.events.length = 0));
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const start = await heap();
  const startSnapshot = await heapSnapshotSizes(cdp);
  const changes = Math.round(1000 * scale);
  const trips = Math.round(50 * scale);
  const change = (from, to) =>
    page.evaluate(
      async ([from, to]) => {
        const b = window.__bench;
        for (let i = from; i < to; i++) {
          b.moveLever(i % 5, 0.3 + (0.4 * ((i * 37) % 100)) / 100);
          await b.frame();
          if (i % 100 === 99) b.events.length = 0;
        }
        await b.settled();
      },
      [from, to],
    );
  const nav = (name) => page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
  const trip = async (from, to) => {
    for (let i = from; i < to; i++) {
      await nav('Sources');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await nav('Dashboard');
      await page.evaluate(() => window.__bench.settled());
    }
  };
  // A fifth of the way: bounded buffers (undo history, 100 steps) are full by then.
  await change(0, changes / 5);
  await trip(0, trips / 5);
  const warm = await heap();
  await change(changes / 5, changes);
  await trip(trips / 5, trips);
  const end = await heap();
  const endSnapshot = await heapSnapshotSizes(cdp);
  await nav('Sources');
  await page.waitForURL('**/sources');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const charts = await page.evaluate(() => {
    const refs = window.__bench.charts.map((r) => r.deref());
    return { created: refs.length, reachable: refs.filter(Boolean).length, undisposed: refs.filter((c) => c && !c.isDisposed()).length };
  });
  return { changes, trips, startBytes: start, warmBytes: warm, endBytes: end, ratio: end / start, ratioToWarm: end / warm, startSnapshot, endSnapshot, withoutCodeRatio: (endSnapshot.total - endSnapshot.code) / (startSnapshot.total - startSnapshot.code), chartsCreated: charts.created, chartsReachable: charts.reachable, chartsUndisposed: charts.undisposed };
}

export async function benchBrowser(baseURL, { throttle = 1, samples = 30, bigSamples = 8, withMemory = false, memoryScale = 1, barePage, bareReps = 3, engineReps = 3, ratiosOnly = false, log = () => {} } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_BIN || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { context, page, cdp } = await openDashboard(browser, baseURL, throttle);
    const bare = { ...(await openBarePage(browser, baseURL, barePage, throttle)), reps: bareReps, engineReps };
    log(`  ${throttle}x: lever moves, N = 2,000, each replayed on the bare-ECharts page`);
    await leverMoves(page, 3, RD_GROWTH, bare); // warm up
    const moves = await leverMoves(page, samples, RD_GROWTH, bare);
    log(`  ${throttle}x: export-control moves, N = 2,000, each replayed on the bare-ECharts page`);
    // The charts export controls move (AI industry, models, LLMs) sit below the goal cards and the
    // first two panels: bring them into the window, where the app redraws on a move.
    const aiIndustry = page.getByRole('region', { name: 'Core AI industry against the 2017 plan' });
    await aiIndustry.scrollIntoViewIfNeeded();
    // Panels are made when they come into view (@defer on viewport): the bare page copies the
    // charts that exist, so wait until every panel in the window has its chart.
    await aiIndustry.locator('canvas').first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('app-panel-frame')].every((frame) => {
        const box = frame.getBoundingClientRect();
        return box.bottom < 0 || box.top > innerHeight || frame.querySelector('canvas') !== null;
      }),
    );
    await page.evaluate(() => window.__bench.rest());
    const wideMoves = await leverMoves(page, samples, EXPORT_CONTROLS, bare);
    const functions = await bare.page.evaluate(() => window.__bare.functions());
    await bare.context.close();
    const bandsShown = await page.evaluate(() => window.__bench.hasBands());
    let dragged = null;
    let bands20k = null;
    if (!ratiosOnly) {
      log(`  ${throttle}x: drag`);
      dragged = await drag(browser, page, cdp);
      log(`  ${throttle}x: bands, N = 20,000`);
      await setPaths(page, 20000);
      bands20k = await leverMoves(page, bigSamples);
      await setPaths(page, 2000);
    }
    let mem = null;
    if (withMemory && !ratiosOnly) {
      log(`  ${throttle}x: memory (${Math.round(1000 * memoryScale)} lever changes, ${Math.round(50 * memoryScale)} route round trips)`);
      mem = await memory(page, cdp, memoryScale);
    }
    await context.close();
    return {
      throttle,
      visibleCharts: moves[0].visible,
      repaintedCharts: moves[0].charts,
      repaintMs: stats(moves.map((r) => r.repaint)),
      wideRepaintedCharts: wideMoves[0].charts,
      wideRepaintMs: stats(wideMoves.map((r) => r.repaint)),
      wideBandsMs: stats(wideMoves.map((r) => r.bands)),
      bands2kMs: stats(moves.map((r) => r.bands)),
      // Input → run posted to the worker; posted → answer received; answer → bands drawn.
      bands2kParts: {
        toPostMs: stats(moves.map((r) => r.posted)),
        workerMs: stats(moves.map((r) => r.answered - r.posted)),
        drawMs: stats(moves.map((r) => r.bands - r.answered)),
      },
      bands2kShown: bandsShown,
      // Moves redone because the simulation answered before the first redraw (see timeMove).
      mergedMoves: moves.merged + wideMoves.merged,
      // Runs posted again with the same inputs as the run before them (the app's, not the bench's).
      repeatedRuns: { moves: moves.length + wideMoves.length, runs: moves.repeatedRuns + wideMoves.repeatedRuns },
      // Against the bare-ECharts page (each move replayed there right after it) and the engine alone.
      repaintRatio: ratio(moves.map((r) => r.repaint), moves.flatMap((r) => r.bareRepaint)),
      wideRepaintRatio: ratio(wideMoves.map((r) => r.repaint), wideMoves.flatMap((r) => r.bareRepaint)),
      bands2kRatio: ratio(moves.map((r) => r.bands), moves.flatMap((r) => r.engine)),
      wideBandsRatio: ratio(wideMoves.map((r) => r.bands), wideMoves.flatMap((r) => r.engine)),
      // Input → the app's first setOption; time inside the app's setOption calls until the repaint.
      repaintParts: { toSetOptionMs: stats(moves.map((r) => r.toSetOption)), inSetOptionMs: stats(moves.map((r) => r.inSetOption)) },
      wideRepaintParts: { toSetOptionMs: stats(wideMoves.map((r) => r.toSetOption)), inSetOptionMs: stats(wideMoves.map((r) => r.inSetOption)) },
      bareRepaintMs: stats(moves.flatMap((r) => r.bareRepaint)),
      wideBareRepaintMs: stats(wideMoves.flatMap((r) => r.bareRepaint)),
      engine2kMs: stats(moves.flatMap((r) => r.engine)),
      optionFunctions: functions,
      bands20kMs: bands20k && stats(bands20k.map((r) => r.bands)),
      drag: dragged,
      memory: mem,
    };
  } finally {
    await browser.close();
  }
}

/**
 * A CPU profile (CDP Profiler, the page's main thread) of the app over `samples` R&D growth moves,
 * each from rest until its bands are drawn, and the moves' timings, for bench/profile.mjs.
 */
export async function profileBrowser(baseURL, { samples = 30, throttle = 1 } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_BIN || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { page, cdp } = await openDashboard(browser, baseURL, throttle);
    await leverMoves(page, 3); // warm up
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluate(() => (window.__bench.profiled = []));
    await cdp.send('Profiler.start');
    await leverMoves(page, samples);
    const { profile } = await cdp.send('Profiler.stop');
    // Every move with its start on the page's clock (performance.now()), redone ones marked.
    const moves = await page.evaluate(() => window.__bench.profiled);
    return { profile, moves };
  } finally {
    await browser.close();
  }
}
