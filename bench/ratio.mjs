// A ratio of two timings that holds across machines: the median of the app's samples over the
// median of the reference's (bare-ECharts page, engine alone), taken in the same browser, move by
// move, so that the machine's speed and its load at the time weigh on both alike.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))];

/** A fixed-seed generator (mulberry32), so that the same samples always give the same interval. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * median(app) / median(reference), with its spread: a 90% bootstrap interval (each side resampled
 * with replacement, 2,000 times) and each side's quartiles.
 */
export function ratio(app, reference, { resamples = 2000, seed = 15 } = {}) {
  const next = random(seed);
  const draw = (xs) => Array.from(xs, () => xs[Math.floor(next() * xs.length)]);
  const boot = Array.from({ length: resamples }, () => median(draw(app)) / median(draw(reference)));
  return {
    value: median(app) / median(reference),
    low: quantile(boot, 0.05),
    high: quantile(boot, 0.95),
    app: { median: median(app), p25: quantile(app, 0.25), p75: quantile(app, 0.75), n: app.length },
    reference: { median: median(reference), p25: quantile(reference, 0.25), p75: quantile(reference, 0.75), n: reference.length },
  };
}
