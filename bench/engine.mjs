// The Monte Carlo engine alone, in Node: src/app/model/monte-carlo.ts bundled with esbuild (as the
// worker runs it), timed against a plain typed-array loop that does the same arithmetic: the same
// xoroshiro128+ draws, Box–Muller normals, clamping, model equations (project.ts), goal tests and
// percentiles by selecting the ranks they need, written as flat loops over Float64Arrays with no
// objects per path. Its percentiles and probabilities are checked bit-identical to the engine's.
import { loadBundle } from './bundle.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = `
export { runMonteCarlo } from '../../src/app/model/monte-carlo';
export { DEFAULT_CONSTANTS, DEFAULT_HORIZON } from '../../src/app/model/constants';
export { DEFAULT_LEVERS, LEVERS } from '../../src/app/model/levers';
export { GOALS } from '../../src/app/model/goals';
export { INDICATORS, lastObservedYear, primaryHistory } from '../../src/app/model/indicators';
export { FIRST_YEAR } from '../../src/app/model/project';
`;

const loadModel = (root) => loadBundle(root, 'engine', ENTRY);

/** The plain loop: what the engine computes, with nothing but typed arrays and numbers. */
function plainLoop(m, indicators, levers, constants, horizon, goals, settings) {
  const F = m.FIRST_YEAR;
  const paths = Math.round(settings.paths);
  const length = horizon - F + 1;
  const ids = indicators.map((i) => i.id);
  const K = ids.length;
  const idx = Object.fromEntries(ids.map((id, k) => [id, k]));
  const lastOf = (id) => m.lastObservedYear(indicators[idx[id]]) ?? horizon;
  // Observed values on the axis (interpolated in gaps), as project.ts's observedOnAxis.
  const observed = new Float64Array(K * length).fill(NaN);
  indicators.forEach((ind, k) => {
    const pts = m.primaryHistory(ind);
    pts.forEach((p, i) => {
      observed[k * length + p.year - F] = p.value;
      const next = pts[i + 1];
      for (let y = p.year + 1; next && y < next.year; y++) {
        observed[k * length + y - F] = p.value + ((next.value - p.value) * (y - p.year)) / (next.year - p.year);
      }
    });
  });
  const first = ids.map((id) => {
    const last = m.lastObservedYear(indicators[idx[id]]);
    return (last === null ? F : last + 1) - F;
  });
  const L = m.LEVERS;
  const J = L.length;
  const lv = new Float64Array(J);
  const lmin = Float64Array.from(L, (l) => l.min);
  const lmax = Float64Array.from(L, (l) => l.max);
  const lsig = Float64Array.from(L, (l) => l.sigma);
  const lval = Float64Array.from(L, (l) => levers[l.id]);
  const lpct = L.map((l) => l.percent);
  const j = Object.fromEntries(L.map((l, i) => [l.id, i]));
  const rate = (id) => (lpct[j[id]] ? lv[j[id]] / 100 : lv[j[id]]);
  const D = m.DEFAULT_LEVERS;
  const c = constants;
  const [kRd, kGdp, kRdi, kBasic, kU, kGrad, kAi, kNmCN, kNmUS, kLCN, kLW, kLS, kRI, kRD, kCA, kDS] = [
    'rdSpend', 'gdp', 'rdIntensity', 'basicShare', 'aiUniversities', 'aiGraduates', 'aiCoreIndustry',
    'notableModelsCN', 'notableModelsUS', 'llmsCN', 'llmsWorld', 'llmShareCN', 'robotInstalls',
    'robotDensity', 'computeAccess', 'domesticShare',
  ].map((id) => idx[id]);
  const lastIdx = ids.map((id) => lastOf(id) - F);
  const v = new Float64Array(K * length);
  const access = new Float64Array(length);
  const talent = new Float64Array(length);
  const uDef = new Float64Array(length);
  const samples = new Float64Array(K * length * paths);
  const G = goals.length;
  const met = new Float64Array(G);
  const gk = goals.map((g) => g.kind);
  const gInd = goals.map((g) => idx[g.indicator]);
  const gOther = goals.map((g) => (g.kind === 'parity' ? idx[g.other] : -1));
  const gDl = goals.map((g) => g.deadline - F);
  const gGe = goals.map((g) => g.kind === 'growth' || g.comparison === '>=');
  const gThr = goals.map((g) => (g.kind === 'threshold' ? g.threshold : g.kind === 'growth' ? g.minGrowth : 0));
  const gFrom = goals.map((g) => (g.kind === 'growth' ? g.fromYear - F : 0));

  // xoroshiro128+ as pure-rand implements it, inline.
  let s01 = -1, s00 = ~settings.seed, s11 = settings.seed | 0, s10 = 0;
  const next = () => {
    const out = (s00 + s10) | 0;
    const a0 = s10 ^ s00, a1 = s11 ^ s01, o00 = s00, o01 = s01;
    s00 = (o00 << 24) ^ (o01 >>> 8) ^ a0 ^ (a0 << 16);
    s01 = (o01 << 24) ^ (o00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
    return out;
  };
  const uniform = () => (next() & 67108863) * 1.4901161193847656e-8 + (next() & 134217727) * 11102230246251565e-32;

  const ext = (k, f) => {
    const o = k * length;
    for (let i = lastIdx[k] + 1; i < length; i++) v[o + i] = f(i, v[o + i - 1]);
  };
  for (let path = 0; path < paths; path++) {
    for (let q = 0; q < J; q++) {
      const u1 = 1 - uniform();
      const u2 = uniform();
      const x = lval[q] + lsig[q] * (Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
      lv[q] = Math.min(lmax[q], Math.max(lmin[q], x));
    }
    v.set(observed);
    access.fill(NaN);
    for (let y = 2024; y <= horizon; y++) {
      const sub = Math.min(1, c.substitution2024 + (lv[j.domesticChipGain] / 100) * (y - 2024));
      const cc = 1 - lv[j.exportControls] * (1 - lv[j.computeWorkaround]) * (1 - sub);
      v[kDS * length + y - F] = sub * 100;
      access[y - F] = cc / c.accessReference;
      v[kCA * length + y - F] = access[y - F];
    }
    const uo = kU * length;
    for (let i = 0; i < length; i++) uDef[i] = observed[uo + i];
    for (let i = lastIdx[kU] + 1; i < length; i++) {
      v[uo + i] = v[uo + i - 1] + lv[j.aiProgramsPerYear];
      uDef[i] = uDef[i - 1] + D.aiProgramsPerYear;
    }
    const lag = Math.round(c.talentLag);
    talent.fill(1);
    for (let i = lag; i < length; i++) {
      const grad = v[uo + i - lag] * lv[j.graduatesPerProgram];
      const gradDefault = uDef[i - lag] * D.graduatesPerProgram;
      v[kGrad * length + i] = grad;
      if (gradDefault > 0) talent[i] = Math.pow(grad / gradDefault, c.talentElasticity);
    }
    ext(kRd, (_, r) => r * (1 + rate('rdGrowth')));
    ext(kGdp, (_, g) => g * (1 + rate('gdpGrowth')));
    ext(kRdi, (i) => (v[kRd * length + i] / v[kGdp * length + i]) * 100);
    ext(kBasic, (_, b) => Math.min(100, Math.max(0, b + lv[j.basicShareGain])));
    ext(kAi, (i, a) => a * (1 + rate('aiIndustryGrowth') * access[i] * talent[i]));
    ext(kNmCN, (i, n) => n * (1 + rate('modelGrowthCN') * access[i]));
    ext(kNmUS, (_, n) => n * (1 + rate('modelGrowthUS')));
    const ll = lastIdx[kLCN];
    let rest = v[kLW * length + ll] - v[kLCN * length + ll];
    ext(kLCN, (i, l) => l * (1 + rate('llmGrowthCN') * access[i]) * (1 - lv[j.priceWarExit]));
    for (let i = ll + 1; i < length; i++) {
      rest *= 1 + rate('llmGrowthRW');
      v[kLW * length + i] = v[kLCN * length + i] + rest;
    }
    ext(kLS, (i) => (v[kLCN * length + i] / v[kLW * length + i]) * 100);
    ext(kRI, (_, i) => i * (1 + rate('robotGrowth')));
    ext(kRD, (i, d) => d * (1 - c.robotRetirement) + v[kRI * length + i] / c.robotsPerDensityPoint);

    for (let k = 0; k < K; k++) {
      const so = k * length * paths;
      for (let i = first[k]; i < length; i++) samples[so + i * paths + path] = v[k * length + i];
    }
    for (let g = 0; g < G; g++) {
      const dl = gDl[g];
      if (dl >= length) continue;
      let value = v[gInd[g] * length + dl];
      if (Number.isNaN(value)) continue;
      let target = gThr[g];
      if (gk[g] === 'parity') {
        target = v[gOther[g] * length + dl];
        if (Number.isNaN(target)) continue;
      } else if (gk[g] === 'growth') {
        const start = v[gInd[g] * length + gFrom[g]];
        if (Number.isNaN(start) || dl <= gFrom[g]) continue;
        value = (Math.pow(value / start, 1 / (dl - gFrom[g])) - 1) * 100;
      }
      if (gGe[g] ? value >= target : value <= target) met[g]++;
    }
  }
  const bands = new Float64Array(K * length * 3).fill(NaN);
  // The same selection of the six ranks the engine uses (cells here have no NaN and no zeros).
  const select = (a, k, lo, hi) => {
    hi--;
    while (hi > lo) {
      const mid = (lo + hi) >>> 1, x = a[lo], y = a[mid], z = a[hi];
      const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
      let i = lo, jj = hi;
      while (i <= jj) {
        while (a[i] < pivot) i++;
        while (a[jj] > pivot) jj--;
        if (i <= jj) { const t = a[i]; a[i++] = a[jj]; a[jj--] = t; }
      }
      if (k <= jj) hi = jj;
      else if (k >= i) lo = i;
      else return;
    }
  };
  for (let k = 0; k < K; k++) {
    for (let i = first[k]; i < length; i++) {
      const cell = samples.subarray((k * length + i) * paths, (k * length + i + 1) * paths);
      if (Number.isNaN(cell[0])) continue;
      const o = (k * length + i) * 3;
      let done = 0;
      const rank = (r) => { if (r >= done) { select(cell, r, done, paths); done = r + 1; } return cell[r]; };
      [0.1, 0.5, 0.9].forEach((p, q) => {
        const h = (paths - 1) * p, lo = Math.floor(h), hi = Math.min(paths - 1, lo + 1);
        const a = rank(lo), b = rank(hi);
        bands[o + q] = a + (b - a) * (h - lo);
      });
    }
  }
  return { ids, length, bands, goalProbability: Object.fromEntries(goals.map((g, i) => [g.id, met[i] / paths])) };
}

function sameResult(engine, plain) {
  for (const [g, p] of Object.entries(engine.goalProbability)) if (plain.goalProbability[g] !== p) return `goal ${g}`;
  for (let k = 0; k < plain.ids.length; k++) {
    const b = engine.bands[plain.ids[k]];
    for (let i = 0; i < plain.length; i++) {
      const o = (k * plain.length + i) * 3;
      for (const [n, arr] of [[0, b.p10], [1, b.p50], [2, b.p90]]) {
        const a = arr[i], e = plain.bands[o + n];
        if (!Object.is(a, e)) return `${plain.ids[k]}[${i}]`;
      }
    }
  }
  return null;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchEngine(root, { paths = 20000, repeats = 7 } = {}) {
  const m = await loadModel(root);
  const args = [m.INDICATORS, m.DEFAULT_LEVERS, m.DEFAULT_CONSTANTS, m.DEFAULT_HORIZON, m.GOALS];
  const check = sameResult(m.runMonteCarlo(...args, { paths: 2000, seed: 42 }), plainLoop(m, ...args, { paths: 2000, seed: 42 }));
  if (check) throw new Error(`bench: the plain loop disagrees with the engine at ${check}`);
  const time = (f) => {
    f(); // warm up
    const ms = [];
    for (let r = 0; r < repeats; r++) {
      const t = performance.now();
      f();
      ms.push(performance.now() - t);
    }
    return median(ms);
  };
  // Interleaved, so background load hits both alike.
  const engineMs = time(() => m.runMonteCarlo(...args, { paths, seed: 42 }));
  const plainMs = time(() => plainLoop(m, ...args, { paths, seed: 42 }));
  const engine2kMs = time(() => m.runMonteCarlo(...args, { paths: 2000, seed: 42 }));
  return {
    paths,
    engineMs,
    plainMs,
    engine2kMs,
    enginePathsPerSecond: (paths / engineMs) * 1000,
    plainPathsPerSecond: (paths / plainMs) * 1000,
    ratio: engineMs / plainMs,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchEngine(join(import.meta.dirname, '..')));
}
