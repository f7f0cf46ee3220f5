/**
 * The data pack a scenario names: one rule for scenarios, files, links and stored records, so
 * what one writes the others read. A pack named by a link this browser lacks is known only by its
 * id; its date is then read from the id when the id has the import's form, else not known ('').
 * Pure; never throws. No zod: stored records are read with this before the file code loads.
 */
import { isIsoDate } from '../data-packs/pack-cells';
import { PackIdentity } from '../model/data-pack';
import { PACK_ID_MAX, PACK_NAME_MAX } from '../model/limits';
import { cutText, plainText } from '../model/plain-text';

const PACK_ID = /^[A-Za-z0-9._-]+$/;

/** What a pack id may be, in words, for the refusals and notices. */
export const PACK_ID_RULE = `letters, digits, “.”, “_” and “-” only, at most ${PACK_ID_MAX}`;

/** Letters, digits, '.', '_' and '-', 1 to PACK_ID_MAX of them: safe in a link without escaping. */
export function isPackId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= PACK_ID_MAX &&
    PACK_ID.test(value)
  );
}

/** Visible text without the characters XML forbids, at most PACK_NAME_MAX long. */
export function isPackName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.trim().length > 0 &&
    value.length <= PACK_NAME_MAX &&
    plainText(value) === value
  );
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' naming a real date, or '' (not known). */
export function isPackDate(value: unknown): value is string {
  return value === '' || (typeof value === 'string' && isIsoDate(value));
}

/** The pack a record names, with its fields in a fixed order; null when any field breaks the rule. */
export function readPack(value: unknown): PackIdentity | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, name, asOf } = value as Record<string, unknown>;
  return isPackId(id) && isPackName(name) && isPackDate(asOf) ? { id, name, asOf } : null;
}

/** The date in an imported pack's id (`pack-2026-05-<hash>`), or '' when the id does not say. */
export function asOfFromId(id: string): string {
  const date = /^pack-(\d{4}(?:-\d{2}(?:-\d{2})?)?)-/.exec(id)?.[1];
  return date && isIsoDate(date) ? date : '';
}

/**
 * The pack an id names: as this browser keeps it when it does, else known only by its id (its name
 * the id, cut to the name limit, and the date the id gives).
 */
export function packById(id: string, known: readonly PackIdentity[]): PackIdentity {
  return (
    known.find((pack) => pack.id === id) ?? {
      id,
      name: cutText(id, PACK_NAME_MAX),
      asOf: asOfFromId(id),
    }
  );
}
