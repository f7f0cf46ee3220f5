/**
 * P(met) as text beside its status word. Whole percent reads best, but rounding must not cross a
 * threshold of the word beside it: P = 0.329 is "unlikely", and "unlikely, P(met) 33%" would
 * contradict the rule (P < 33%) a reader can check. Near a threshold the share keeps the decimals
 * that keep it on its own side.
 */
import { LIKELY_FROM, UNLIKELY_BELOW } from '../model/status-word';

const THRESHOLDS = [UNLIKELY_BELOW, LIKELY_FROM];

function sameSide(a: number, b: number): boolean {
  return THRESHOLDS.every((t) => a < t === b < t);
}

/**
 * "94%", "32.9%": a share 0–1 in percent, rounded no further than its word allows. Only all paths
 * or none make "100%" or "0%"; a share rounding to either is ">99%" or "<1%".
 */
export function formatProbability(share: number): string {
  if (share < 1 && share >= 0.995) return '>99%';
  if (share > 0 && share < 0.005) return '<1%';
  for (let digits = 0; digits <= 3; digits++) {
    const text = (share * 100).toFixed(digits);
    if (sameSide(Number(text) / 100, share)) return `${text}%`;
  }
  // Within a thousandth of a percent below a threshold: say so rather than print the threshold.
  const below = THRESHOLDS.find((t) => share < t && share > t - 1e-5)!;
  return `<${below * 100}%`;
}
