/**
 * The one status vocabulary (PRODUCT.md, "The answer first"): the same words in the goals table,
 * the cards, chart summaries, captions, slides and exports. A deadline already observed is *met*
 * or *missed*; a projected one is judged by its probability of being met, in the IPCC's calibrated
 * language, never by the central projection alone: a goal the median path meets with P(met) 52% is
 * "about as likely as not", not "on track".
 */
import { GoalStatusKind } from './goals';

export type StatusWord =
  'met' | 'missed' | 'likely' | 'about as likely as not' | 'unlikely' | 'beyond horizon';

export const STATUS_WORDS: readonly StatusWord[] = [
  'met',
  'missed',
  'likely',
  'about as likely as not',
  'unlikely',
  'beyond horizon',
];

/** P(met) from which a projected goal is "likely". */
export const LIKELY_FROM = 0.66;
/** P(met) below which a projected goal is "unlikely". */
export const UNLIKELY_BELOW = 0.33;
/** The least P(met) at which a caption may say a projected value meets its target. */
export const SAY_MET_FROM = 0.9;

/**
 * The word for a goal: observed deadlines by the observation, projected ones by P(met) (a share
 * 0–1). Null while a projected goal's probability is not yet simulated: no word rather than one
 * the probability may contradict.
 */
export function statusWord(kind: GoalStatusKind, probability: number | null): StatusWord | null {
  if (kind === 'met' || kind === 'missed' || kind === 'beyond horizon') return kind;
  if (probability === null || Number.isNaN(probability)) return null;
  if (probability >= LIKELY_FROM) return 'likely';
  if (probability < UNLIKELY_BELOW) return 'unlikely';
  return 'about as likely as not';
}
