/** The Monte Carlo band of a series as the panels draw it: P10, P50 and P90 per projected year. */
import { IndicatorId } from '../model/indicators';
import { MonteCarloSummary } from '../model/monte-carlo';
import { FIRST_YEAR } from '../model/project';

/** The Monte Carlo spread of a projected point. */
export interface BandPoint {
  readonly year: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** P10, P50 and P90 of an indicator in the given years, or none until a run for the inputs is in. */
export function bandFor(
  id: IndicatorId,
  years: readonly number[],
  mc: MonteCarloSummary | null,
): BandPoint[] {
  const band = mc?.bands[id];
  if (!band) return [];
  return years
    .map((year) => ({
      year,
      p10: band.p10[year - FIRST_YEAR],
      p50: band.p50[year - FIRST_YEAR],
      p90: band.p90[year - FIRST_YEAR],
    }))
    .filter((b) => b.p50 !== undefined && !Number.isNaN(b.p50));
}
