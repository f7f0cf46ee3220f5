// The bare-ECharts page's script (bundled by esbuild for the browser, see bare.mjs): the ECharts the
// app registers (src/app/charts/echarts-setup.ts, the same modules and canvas renderer), the app's
// number formatters (to stand in for the functions in the options, which cannot leave the app's
// page) and the Monte Carlo engine (model/monte-carlo.ts), with no framework around them. The
// options it draws are the app's own, captured in the app's page as the app set them.
import echarts from '../src/app/charts/echarts-setup';
import * as tooltip from '../src/app/charts/panel-tooltip';
import * as numbers from '../src/app/format/number';
import { runMonteCarlo } from '../src/app/model/monte-carlo';
import { PROBES } from './probes.mjs';

const probe = (f) =>
  PROBES.map((x) => {
    try {
      return String(f(x));
    } catch {
      return 'throw';
    }
  });

const formatters = Object.entries(numbers).filter(([, f]) => typeof f === 'function');
/** What replaced each function of the options, by its path: a formatter of the app's or a stand-in. */
const revived = new Map();
/** The same function as far as the probes tell: the same text for each, and not only errors. */
const sameAs = (f, seen) => {
  const texts = probe(f);
  return texts.some((t) => t !== 'throw') && texts.every((text, i) => text === seen[i]);
};
/** A function from its source, if the source stands alone (minified code often refers outside). */
const fromSource = (source) => {
  try {
    const f = (0, eval)(`(${source})`);
    return typeof f === 'function' ? f : null;
  } catch {
    return null;
  }
};

/**
 * The app's function a captured one was: a number formatter from format/number.ts that gives the
 * same text on every probe; its own source, where that stands alone and gives the same text; the
 * panel tooltip's (called on hover only, never while timing); otherwise a stand-in that writes the
 * value, reported as such.
 */
function reviveFunction({ __benchFn: path, probe: seen, source }) {
  const same = formatters.find(([, f]) => sameAs(f, seen));
  if (same) {
    revived.set(path, `format/number ${same[0]}`);
    return same[1];
  }
  const own = fromSource(source);
  if (own && sameAs(own, seen)) {
    revived.set(path, 'its own source');
    return own;
  }
  if (/^tooltip\.formatter$/.test(path) && typeof tooltip.tooltipFormatter === 'function') {
    revived.set(path, 'charts/panel-tooltip tooltipFormatter');
    return tooltip.tooltipFormatter;
  }
  revived.set(path, 'stand-in');
  return (value) => String(value?.value ?? value);
}

function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    if (typeof value.__benchFn === 'string') return reviveFunction(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

const charts = [];
const events = [];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

window.__bare = {
  /**
   * One chart per chart of the app's (index for index; null where the app's is gone), each of its
   * size, drawn with the option it holds.
   */
  async setup(specs) {
    for (const chart of charts) chart?.dispose();
    charts.length = 0;
    const host = document.getElementById('charts');
    host.replaceChildren();
    specs.forEach((spec, n) => {
      charts[n] = null;
      if (!spec) return;
      const dom = document.createElement('div');
      dom.style.width = `${spec.width}px`;
      dom.style.height = `${spec.height}px`;
      host.append(dom);
      const chart = echarts.init(dom);
      // The same listener the app's page has on each chart.
      chart.on('finished', () => events.push({ chart: n, t: performance.now() }));
      chart.setOption(revive(spec.option), true);
      charts[n] = chart;
    });
    for (let i = 0; i < 3; i++) await frame();
  },
  /**
   * One lever move of the app's, replayed `reps` times: each chart set back to the option it held
   * before the move (untimed), then, timed as the app's page times it, from just before the first
   * setOption until every chart in `counted` has fired its first `finished` after it. Each time, ms.
   */
  async replay({ rest, calls, counted }, reps) {
    if ([...rest, ...calls].some((c) => !charts[c.chart])) throw new Error('bench: the app set an option on a chart made after the bare page was set up');
    const restOptions = rest.map((r) => ({ chart: r.chart, option: revive(r.option), opts: r.opts }));
    const moveOptions = calls.map((c) => ({ chart: c.chart, option: revive(c.option), opts: c.opts }));
    const ms = [];
    for (let rep = 0; rep < reps; rep++) {
      for (const r of restOptions) charts[r.chart].setOption(r.option, ...r.opts);
      await frame();
      await new Promise((r) => setTimeout(r, 30));
      events.length = 0;
      const t0 = performance.now();
      for (const c of moveOptions) charts[c.chart].setOption(c.option, ...c.opts);
      const first = counted.map((n) => events.find((e) => e.chart === n)?.t);
      if (first.some((t) => t === undefined)) throw new Error('bench: a replayed chart fired no finished event');
      ms.push(Math.max(...first) - t0);
    }
    return ms;
  },
  /** What replaced each function found in the options so far, by its path in the option. */
  functions: () => Object.fromEntries(revived),
  /** The engine alone on this page's main thread: the runs the app's worker makes for the request; ms. */
  engine(request, reps) {
    const run = (levers, constants) =>
      runMonteCarlo(request.indicators, levers, constants, request.horizon, request.goals, request.settings);
    const ms = [];
    for (let rep = 0; rep < reps; rep++) {
      const t0 = performance.now();
      run(request.levers, request.constants);
      for (const c of request.compare) run(c.levers, c.constants);
      ms.push(performance.now() - t0);
    }
    return ms;
  },
};
