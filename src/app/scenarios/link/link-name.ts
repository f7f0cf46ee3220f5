/**
 * The scenario name as a share link carries it. The encoder and the decoder both pass names through
 * `linkName`, so a name the dashboard writes reads back unchanged, and a name typed into an address
 * by hand is tidied the same way (with a notice from the decoder). Pure: no Angular.
 */

/**
 * The scenario name limit (the manager and the file schema refuse longer names). Kept here as a
 * number rather than imported from the file schema, which would pull zod into the first load.
 */
import { SCENARIO_NAME_MAX } from '../../model/limits';

/** A link's name fits the scenario name limit. */
export const LINK_NAME_MAX = SCENARIO_NAME_MAX;

/** What `linkName` changed, in the order it does it. */
export interface NameRepairs {
  /** Control characters (tabs and line breaks become spaces) or lone surrogate halves were removed. */
  readonly controls: boolean;
  readonly trimmed: boolean;
  readonly shortened: boolean;
}

// A high surrogate with no low one after it, or a low one with no high one before it: these cannot
// be written as UTF-8, so URLSearchParams would turn them into U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BREAKS = /[\t\n\v\f\r]/g;
const CONTROLS = /\p{Cc}/gu;

/** The name tidied for a link, or null when nothing is left; idempotent. */
export function linkName(raw: string): string | null {
  return repairName(raw).name;
}

export function repairName(raw: string): { name: string | null; repairs: NameRepairs } {
  const clean = raw.replace(LONE_SURROGATE, '').replace(BREAKS, ' ').replace(CONTROLS, '');
  const trimmed = clean.trim();
  const short = truncate(trimmed, LINK_NAME_MAX).trimEnd();
  const repairs = {
    controls: clean !== raw,
    trimmed: trimmed !== clean,
    shortened: short.length < trimmed.length,
  };
  return { name: short || null, repairs };
}

/**
 * At most `max` UTF-16 units, cut between user-perceived characters: never inside a surrogate pair,
 * nor between a flag's two letters, an emoji's ZWJ parts or a letter and its accents.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const byCodePoint = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  if (typeof Intl.Segmenter !== 'function') return byCodePoint;
  // Whether a boundary falls at `max` depends only on the text up to the code point that starts
  // there (UAX #29 looks back, never further ahead), so a hostile megabyte is never segmented.
  let end = 0;
  for (const { index, segment } of new Intl.Segmenter(undefined, {
    granularity: 'grapheme',
  }).segment(text.slice(0, max + 2))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  // One character longer than the limit (a letter under hundreds of accents): cut it by code point.
  return end ? text.slice(0, end) : byCodePoint;
}
