/**
 * Data pack files (PRODUCT.md, "Data packs and vintages"): reading a CSV or JSON pack over a
 * base pack, and writing a pack in either format. Pure; never throws: a file is either read
 * whole into a new pack or refused with every problem named, so a bad file changes nothing.
 *
 * The imported pack's identity:
 * - asOf: the newest `released` in the file, or the base's date when that is newer (the pack
 *   still holds the base's figures);
 * - id: `pack-<asOf>-<hash>`, the hash of every observation of the result, so importing the same
 *   data twice gives the same id and no file can claim another pack's id (a JSON file's own id
 *   and date are not read);
 * - name: a JSON file's `name`, else the file name without its extension.
 */
import { DataPack } from '../model/data-pack';
import { Indicator, IndicatorData } from '../model/indicators';
import { MAX_FILE_BYTES } from '../model/limits';
import { cutText, plainText } from '../model/plain-text';
import { readPackCsvRows } from './pack-csv';
import { readPackJsonRows, writeDataPackJson } from './pack-json';
import { mergeObservations } from './pack-merge';
import { RowsResult } from './pack-rows';

export { writeDataPackCsv } from './pack-csv';
export { writeDataPackJson } from './pack-json';

export type DataPackReadResult =
  { ok: true; pack: DataPack; notes: string[] } | { ok: false; errors: string[] };

export interface DataPackLimits {
  /** The largest file, in UTF-8 bytes: the scenario files' limit. */
  readonly maxBytes: number;
  /** The most observations: 20 times the shipped pack's per indicator for a century of years. */
  readonly maxRows: number;
}

export const DATA_PACK_LIMITS: DataPackLimits = { maxBytes: MAX_FILE_BYTES, maxRows: 100_000 };

const NAME_MAX = 80;

export function readDataPack(
  text: string,
  fileName: string,
  base: DataPack,
  limits: DataPackLimits = DATA_PACK_LIMITS,
): DataPackReadResult {
  try {
    return read(text, fileName, base, limits);
  } catch (error) {
    // Nothing above throws on any input the specs found; this keeps a miss from breaking the page.
    return { ok: false, errors: [`The file could not be read (${String(error).slice(0, 200)}).`] };
  }
}

function read(
  text: string,
  fileName: string,
  base: DataPack,
  limits: DataPackLimits,
): DataPackReadResult {
  const bytes = utf8Bytes(text, limits.maxBytes);
  if (bytes > limits.maxBytes) return { ok: false, errors: [tooLarge(limits)] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['The file is empty.'] };

  const indicators: Record<string, Indicator> = Object.create(null);
  for (const indicator of base.indicators) indicators[indicator.id] = indicator;
  const rows: RowsResult = /^\s*[{[]/.test(body)
    ? readPackJsonRows(body, indicators, limits.maxRows)
    : readPackCsvRows(body, indicators, limits.maxRows);
  if (!rows.ok) return rows;
  if (!rows.rows.length) return { ok: false, errors: ['The file has no observations.'] };

  const merged = mergeObservations(base, rows.rows);
  if (!merged.ok) return merged;

  const released = rows.rows.map((row) => row.observation.released);
  const asOf = released.reduce((newest, date) => (date > newest ? date : newest), base.asOf);
  const content = writeDataPackJson({ id: '', name: '', asOf: '', indicators: merged.indicators });
  const pack: DataPack = {
    id: `pack-${asOf}-${hash(content)}`,
    name: packName(rows.name, fileName),
    asOf,
    indicators: merged.indicators,
  };
  const notes = [
    `${count(rows.rows.length, 'observation')} read; ${count(merged.changes, 'figure')} new or changed.`,
    ...merged.notes,
  ];
  if (merged.changes === 0) notes.push(`The file changes no figure of ${base.name}.`);
  return { ok: true, pack, notes };
}

/** Why a file over the size limit is refused (also before such a file is read at all). */
export function tooLarge(limits: DataPackLimits): string {
  return `The file is larger than ${megabytes(limits.maxBytes)}, the most a data pack may be.`;
}

/** Every observation of a pack, for specs and the review: the drawn points and earlier vintages. */
export function packObservationCount(indicators: IndicatorData): number {
  return indicators.reduce(
    (sum, indicator) =>
      sum + indicator.history.reduce((n, point) => n + 1 + (point.earlier?.length ?? 0), 0),
    0,
  );
}

function packName(fromFile: string | undefined, fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|json|txt)$/i, '');
  const name = plainText(fromFile ?? stem)
    .replace(/\s+/g, ' ')
    .trim();
  return cutText(name, NAME_MAX) || 'Imported data';
}

/** The UTF-8 size, or a figure over `max` as soon as that is certain (without encoding huge text). */
function utf8Bytes(text: string, max: number): number {
  if (text.length > max) return text.length;
  if (text.length * 3 <= max) return text.length;
  return new TextEncoder().encode(text).length;
}

function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(0)} MB` : `${bytes.toLocaleString('en-US')} bytes`;
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** cyrb53: a fast 53-bit string hash, as hex. Not cryptographic: ids only need to differ. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
