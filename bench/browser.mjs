// The in-browser figures: the production build served by e2e/serve.mjs, driven with Playwright in
// Debian's Chromium at 1440×900 (an ordinary laptop screen). Charts are reached through the
// `echarts-init` event that src/app/charts/echarts-setup.ts dispatches with each instance; timing
// uses ECharts' `finished` events, which a non-lazy setOption fires once the canvas is painted.
import { chromium } from '@playwright/test';

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

/** Installed before the app runs: keeps weak references to charts and their `finished` times. */
function instrument() {
  const bench = { charts: [], drawn: new Set(), events: [], longTasks: [], posts: [], answers: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  // When runs are posted to the Monte Carlo worker and when it answers: where the bands' time goes.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => bench.answers.push(performance.now()));
    }
    postMessage(...args) {
      bench.posts.push(performance.now());
      return super.postMessage(...args);
    }
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
    },
    true,
  );
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
  bench.timeMove = async (index, fraction) => {
    await bench.frame();
    await new Promise((r) => setTimeout(r, 30));
    const visible = bench.visible();
    bench.events.length = 0;
    bench.posts.length = 0;
    bench.answers.length = 0;
    const t0 = performance.now();
    bench.moveLever(index, fraction);
    const answer = () => bench.answers.find((t) => t > (bench.posts.at(-1) ?? Infinity));
    await bench.until(() => answer() !== undefined && !bench.simulating(), 120000, 'simulation');
    for (let i = 0; i < 3; i++) await bench.frame();
    const posted = bench.posts.at(-1);
    const answered = answer();
    const events = bench.events.filter((e) => visible.includes(e.chart));
    const repainted = [...new Set(events.filter((e) => e.t < answered).map((e) => e.chart))];
    if (!repainted.length) throw new Error('bench: the lever move redrew no chart in the window');
    const repaint = Math.max(...repainted.map((n) => events.find((e) => e.chart === n).t)) - t0;
    const bands = Math.max(...events.map((e) => e.t)) - t0;
    return { repaint, bands, charts: repainted.length, visible: visible.length, posted: posted - t0, answered: answered - t0 };
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
  await page.addInitScript(instrument);
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
async function leverMoves(page, samples, lever = RD_GROWTH) {
  const index = await page.evaluate((name) => window.__bench.leverIndex(name), lever);
  if (index < 0) throw new Error(`bench: no slider named ${lever}`);
  const runs = [];
  for (let i = 0; i < samples; i++) {
    const fraction = i % 2 ? 0.35 + (i % 7) * 0.01 : 0.65 - (i % 5) * 0.01;
    runs.push(await page.evaluate(([n, f]) => window.__bench.timeMove(n, f), [index, fraction]));
  }
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

export async function benchBrowser(baseURL, { throttle = 1, samples = 30, bigSamples = 8, withMemory = false, memoryScale = 1, log = () => {} } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_BIN || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { context, page, cdp } = await openDashboard(browser, baseURL, throttle);
    log(`  ${throttle}x: lever moves, N = 2,000`);
    await leverMoves(page, 3); // warm up
    const moves = await leverMoves(page, samples);
    log(`  ${throttle}x: export-control moves, N = 2,000`);
    const wideMoves = await leverMoves(page, samples, EXPORT_CONTROLS);
    const bandsShown = await page.evaluate(() => window.__bench.hasBands());
    log(`  ${throttle}x: drag`);
    const dragged = await drag(browser, page, cdp);
    log(`  ${throttle}x: bands, N = 20,000`);
    await setPaths(page, 20000);
    const bands20k = await leverMoves(page, bigSamples);
    await setPaths(page, 2000);
    let mem = null;
    if (withMemory) {
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
      bands20kMs: stats(bands20k.map((r) => r.bands)),
      drag: dragged,
      memory: mem,
    };
  } finally {
    await browser.close();
  }
}
