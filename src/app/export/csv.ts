/**
 * CSV of the numbers behind the charts: long format, unrounded, with each observation's vintage, and
 * a header block (lines starting with "#") naming scenario, date, model version, the data pack and
 * its date, changed levers, sources and the link back.
 * No cell, header lines included, can start a formula in a spreadsheet, whatever separator it
 * splits at (see csv-formulae.ts).
 */
import Papa from 'papaparse';
import { DataRow, PanelView } from '../charts/panel-view';
import { neutralizeFormulae } from './csv-formulae';
import { Provenance, provenanceLines } from './provenance';

// The vintage columns come last, so that readers of the older files find every column where it was.
const COLUMNS = [
  'series',
  'year',
  'value',
  'kind',
  'p10',
  'p50',
  'p90',
  'source',
  'vintage',
  'released',
  'earlier',
] as const;

/**
 * Numbers go out as numbers (±Infinity, which would read as "-Infinity", as text); text is
 * neutralized before papaparse quotes it. Values skip format/number on purpose: the CSV is the data
 * at full precision, and grouping or rounding would lose digits and break spreadsheet parsing.
 */
const cell = (value: string | number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : neutralizeFormulae(String(value));

function record(row: DataRow): (string | number)[] {
  return [
    row.series,
    row.year,
    row.value,
    row.kind,
    row.p10 ?? '',
    row.p50 ?? '',
    row.p90 ?? '',
    row.source,
    row.vintage?.vintage ?? '',
    row.vintage?.released ?? '',
    row.vintage?.earlier ?? '',
  ].map(cell);
}

/**
 * A spreadsheet still splits "#" lines into cells. A line break would start a data row, and a
 * straight quote could open a cell that runs on over the lines after it, so header lines carry ”
 * instead; what is left is neutralized as any cell.
 */
function header(p: Provenance, sources: string): string {
  return provenanceLines(p, sources)
    .map((line) => `# ${neutralizeFormulae(line.replace(/[\r\n]+/g, ' ').replace(/"/g, '”'))}`)
    .join('\r\n');
}

/** Text with a semicolon or tab is quoted too: where those separate cells, it stays one cell. */
const quoteSeparators = (value: unknown) => typeof value === 'string' && /[;\t]/.test(value);

function unparse(fields: readonly string[], data: (string | number)[][]): string {
  return Papa.unparse(
    { fields: fields.map(cell) as string[], data },
    { quotes: quoteSeparators, newline: '\r\n' },
  );
}

export function panelCsv(view: PanelView, provenance: Provenance): string {
  return `${header(provenance, view.sources)}\r\n${unparse(COLUMNS, view.rows.map(record))}\r\n`;
}

export function dashboardCsv(views: readonly PanelView[], provenance: Provenance): string {
  const sources = views.map((v) => `${v.title}: ${v.sources}`).join(' | ');
  const data = views.flatMap((v) => v.rows.map((row) => [cell(v.title), ...record(row)]));
  return `${header(provenance, sources)}\r\n${unparse(['panel', ...COLUMNS], data)}\r\n`;
}
