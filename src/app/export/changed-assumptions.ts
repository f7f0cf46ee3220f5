/**
 * Every assumption that differs from the defaults, as the lines exports print: levers
 * ("label: value unit"), model constants ("label: value"), the horizon and the Monte Carlo
 * settings. The same set the share link carries, so an export names everything behind its numbers.
 */
import { plainDecimal } from '../format/number';
import { CONSTANTS_INFO, DEFAULT_CONSTANTS, DEFAULT_HORIZON } from '../model/constants';
import { LEVERS } from '../model/levers';
import { DEFAULT_MONTE_CARLO } from '../model/monte-carlo';
import { LinkDraft } from '../scenarios/link/share-link';

export function changedAssumptions(draft: LinkDraft): string[] {
  return [
    ...LEVERS.filter((l) => draft.levers[l.id] !== l.default).map(
      (l) => `${l.label}: ${plainDecimal(draft.levers[l.id])} ${l.unit}`,
    ),
    ...CONSTANTS_INFO.filter((c) => draft.constants[c.id] !== DEFAULT_CONSTANTS[c.id]).map(
      (c) => `${c.label}: ${plainDecimal(draft.constants[c.id])}`,
    ),
    ...(draft.horizon !== DEFAULT_HORIZON ? [`Horizon: ${draft.horizon}`] : []),
    ...(draft.monteCarlo.paths !== DEFAULT_MONTE_CARLO.paths
      ? [`Monte Carlo paths: ${draft.monteCarlo.paths}`]
      : []),
    ...(draft.monteCarlo.seed !== DEFAULT_MONTE_CARLO.seed
      ? [`Monte Carlo seed: ${draft.monteCarlo.seed}`]
      : []),
  ];
}
