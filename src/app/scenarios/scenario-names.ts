/**
 * Scenario names that stay within SCENARIO_NAME_MAX whatever is added to them: Duplicate's
 * " (copy)", Save's " (mine)" and the " (2)" that keeps a name free. A name past the limit is
 * refused by the file schema and the stored-record check, so one long name would make a whole
 * backup unimportable. Pure.
 */
import { SCENARIO_NAME_MAX } from '../model/limits';
import { cutText } from '../model/plain-text';

/** `text` within `max` units, cut at a character boundary, without the spaces a cut leaves at its end. */
export function fitName(text: string, max = SCENARIO_NAME_MAX): string {
  return text.length <= max ? text : cutText(text, max).trimEnd();
}

/** A trailing " (copy)", " (mine)" or " (2)": kept whole when a name given with it is too long. */
const LABEL = /^([\s\S]*?)( \([^()]*\))$/;

/**
 * A name not in `taken` and within the limit: `name + suffix`, else `name + suffix + " (2)"`,
 * `" (3)"`, …, with `name` shortened to leave room for what follows it. Callers pass the label
 * apart (`freeName(name, taken, ' (copy)')`); a label already appended to an over-long name is
 * recognised and kept.
 */
export function freeName(
  name: string,
  taken: readonly string[] | ReadonlySet<string>,
  suffix = '',
): string {
  const used: ReadonlySet<string> = taken instanceof Set ? taken : new Set(taken);
  let base = name;
  let label = suffix;
  const labelled = !label && name.length > SCENARIO_NAME_MAX ? LABEL.exec(name) : null;
  if (labelled && labelled[1].trim()) [base, label] = [labelled[1], labelled[2]];
  for (let n = 1; ; n++) {
    const counter = n === 1 ? '' : ` (${n})`;
    const candidate = `${fitName(base, SCENARIO_NAME_MAX - label.length - counter.length)}${label}${counter}`;
    if (!used.has(candidate)) return candidate;
  }
}
