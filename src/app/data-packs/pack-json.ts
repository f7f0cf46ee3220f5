/**
 * A data pack as JSON: the CSV's observations with the fields CSV has no column for (primary,
 * the point's definition, the publisher's short name, the source's date and confidence), so a
 * pack written as JSON reads back whole. Versioned by `schemaVersion`. Pure; never throws.
 */
// First: no eval-based parsers under the CSP (see the file).
import '../scenarios/file/zod-jitless';
import { z } from 'zod';
import { DataPack } from '../model/data-pack';
import { Indicator } from '../model/indicators';
import { parseUntrustedJson } from '../scenarios/file/safe-json';
import { Cells, TEXT_MAX, readCells } from './pack-cells';
import { PlacedObservation } from './pack-merge';
import { ERRORS_MAX, RowsResult, tooManyErrors } from './pack-rows';

export const PACK_FORMAT = 'china-tech-dashboard/data-pack';
export const PACK_SCHEMA_VERSION = 1;

const text = z.string();
const numberOrText = z.union([z.number(), z.string()]);
const observationSchema = z.strictObject({
  indicator: text,
  year: numberOrText,
  value: numberOrText,
  unit: text,
  vintage: text,
  released: text,
  publisher: text,
  title: text,
  url: text.optional(),
  confidence: text,
  derived: z.union([z.boolean(), z.string()]),
  note: text.optional(),
  primary: z.boolean().optional(),
  definition: text.optional(),
  short: text.optional(),
  sourceDate: text.optional(),
  sourceConfidence: text.optional(),
});
const fileSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  // The id and date are worked out again on import (data-pack-file.ts); the name is kept.
  id: text.max(TEXT_MAX).optional(),
  name: text.max(TEXT_MAX).optional(),
  asOf: text.max(TEXT_MAX).optional(),
  observations: z.array(observationSchema),
});

type FileObservation = z.infer<typeof observationSchema>;

/** The pack as JSON text: every observation, drawn figures and their earlier vintages. */
export function writeDataPackJson(pack: DataPack): string {
  const observations: FileObservation[] = pack.indicators.flatMap((indicator) =>
    indicator.history.flatMap((point) =>
      [point, ...(point.earlier ?? [])].map((p) => ({
        indicator: indicator.id,
        year: p.year,
        value: p.value,
        unit: indicator.unit,
        vintage: p.vintage,
        released: p.released,
        publisher: p.source.publisher,
        title: p.source.title,
        ...(p.url ? { url: p.url } : {}),
        confidence: p.confidence,
        derived: p.derived,
        ...(p.note ? { note: p.note } : {}),
        primary: p.primary,
        definition: p.definition,
        ...(p.source.short ? { short: p.source.short } : {}),
        sourceDate: p.source.date,
        sourceConfidence: p.source.confidence,
      })),
    ),
  );
  const file = {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    id: pack.id,
    name: pack.name,
    asOf: pack.asOf,
    observations,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The observations of a JSON pack file, each placed by its index, or every problem found. */
export function readPackJsonRows(
  json: string,
  indicators: Readonly<Record<string, Indicator>>,
  maxRows: number,
): RowsResult {
  const parsed = parseUntrustedJson(json);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const value = parsed.value as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || value['format'] !== PACK_FORMAT)
    return {
      ok: false,
      errors: [`The file is not a data pack (its “format” is not “${PACK_FORMAT}”).`],
    };
  const version = value['schemaVersion'];
  if (typeof version === 'number' && version > PACK_SCHEMA_VERSION)
    return { ok: false, errors: ['The file was written by a newer version of the app.'] };
  const observations = value['observations'];
  if (Array.isArray(observations) && observations.length > maxRows)
    return {
      ok: false,
      errors: [`The file has more than ${maxRows.toLocaleString('en-US')} observations.`],
    };
  const checked = fileSchema.safeParse(value, { reportInput: true });
  if (!checked.success)
    return { ok: false, errors: tooManyErrors(checked.error.issues.map(issueText)) };

  const errors: string[] = [];
  const rows: PlacedObservation[] = [];
  for (const [i, observation] of checked.data.observations.entries()) {
    const label = `Observation ${i + 1}`;
    const read = readCells(cellsOf(observation), label, 'field', indicators);
    if (read.ok) rows.push({ observation: read.observation, label });
    else errors.push(...read.errors);
    if (errors.length > ERRORS_MAX) break;
  }
  if (errors.length) return { ok: false, errors: tooManyErrors(errors) };
  return checked.data.name === undefined
    ? { ok: true, rows }
    : { ok: true, rows, name: checked.data.name };
}

/** The observation's fields as the text cells readCells checks; numbers print exactly. */
function cellsOf(o: FileObservation): Cells {
  const cells: Record<string, string> = {};
  for (const [key, v] of Object.entries(o))
    if (v !== undefined) cells[key] = typeof v === 'string' ? v : String(v);
  return cells;
}

function issueText(issue: z.core.$ZodIssue): string {
  const [top, index, field] = issue.path;
  const where =
    top === 'observations' && typeof index === 'number'
      ? `Observation ${index + 1}${field === undefined ? '' : `, field “${String(field)}”`}`
      : issue.path.length
        ? `Field “${issue.path.map(String).join('.')}”`
        : 'The file';
  if (issue.code === 'unrecognized_keys')
    return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
      .slice(0, 5)
      .map((key) => `“${key.slice(0, 40)}”`)
      .join(', ')}.`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: missing.`;
  return `${where}: ${issue.message}.`;
}
