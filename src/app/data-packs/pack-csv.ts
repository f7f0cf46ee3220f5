/**
 * A data pack as CSV: one row per observation under the header PRODUCT.md gives, every vintage
 * of every point. Pure; never throws.
 *
 * Formula safety that reads back: like export/csv-formulae.ts, an apostrophe goes before every
 * place in a text cell where a spreadsheet could start a formula (the start, and after a
 * separator, a quote or a line break), and before an apostrophe already in such a place. The
 * reader takes exactly those apostrophes out again, so any text survives the round trip.
 */
import Papa from 'papaparse';
import { DataPack } from '../model/data-pack';
import { HistoryPoint, Indicator } from '../model/indicators';
import { Cells, PACK_COLUMNS, quote, readCells } from './pack-cells';
import { PlacedObservation } from './pack-merge';
import { ERRORS_MAX, RowsResult, tooManyErrors } from './pack-rows';

const PROTECT = /(?<=^|[,;\t\r\n]) *(?=[=+\-@\t\r'])|(?<=") *(?=[=+\-@\t'])/g;
const UNPROTECT = /(?<=^|[,;\t\r\n])'(?= *[=+\-@\t\r'])|(?<=")'(?= *[=+\-@\t'])/g;
/** Spreadsheets open a CSV as UTF-8 (Chinese titles intact) only when it starts with a BOM. */
const BOM = '\uFEFF';

export function protectCell(text: string): string {
  return text.replace(PROTECT, (spaces) => `'${spaces}`);
}

export function unprotectCell(text: string): string {
  return text.replace(UNPROTECT, '');
}

/** Every observation of the pack, drawn figures and their earlier vintages, as CSV text. */
export function writeDataPackCsv(pack: DataPack): string {
  const data = pack.indicators.flatMap((indicator) =>
    indicator.history.flatMap((point) =>
      [point, ...(point.earlier ?? [])].map((p) => csvRow(indicator, p)),
    ),
  );
  const csv = Papa.unparse(
    { fields: [...PACK_COLUMNS], data },
    // Text with a semicolon or tab is quoted too: where those separate cells, it stays one cell.
    {
      quotes: (value: unknown) => typeof value === 'string' && /[;\t]/.test(value),
      newline: '\r\n',
    },
  );
  return `${BOM}${csv}\r\n`;
}

function csvRow(indicator: Indicator, p: HistoryPoint): string[] {
  return [
    indicator.id,
    String(p.year),
    String(p.value),
    indicator.unit,
    p.vintage,
    p.released,
    p.source.publisher,
    p.source.title,
    p.url ?? '',
    p.confidence,
    p.derived ? 'yes' : 'no',
    p.note ?? '',
  ].map(protectCell);
}

/** The observations of a CSV pack file, each placed by its line, or every problem found. */
export function readPackCsvRows(
  text: string,
  indicators: Readonly<Record<string, Indicator>>,
  maxRows: number,
): RowsResult {
  const errors: string[] = [];
  const rows: PlacedObservation[] = [];
  let columns: (string | null)[] | null = null;
  let cursor = 0;
  let line = 1;
  let count = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    // The writer uses commas; spreadsheets in some locales save with semicolons or tabs.
    delimitersToGuess: [',', ';', '\t'],
    step: (result, parser) => {
      const start = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
      const label = `Line ${start}`;
      for (const error of result.errors)
        if (error.type === 'Quotes') errors.push(`${label}: a quoted cell is never closed.`);
      const cells = result.data.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) return;
      if (!columns) {
        const header = headerProblem(cells);
        if (header) {
          errors.push(header);
          parser.abort();
          return;
        }
        columns = cells.map((cell) => cell.toLowerCase());
        return;
      }
      if (++count > maxRows) {
        errors.push(`The file has more than ${maxRows.toLocaleString('en-US')} observations.`);
        parser.abort();
        return;
      }
      if (result.data.length !== columns.length) {
        errors.push(`${label} has ${result.data.length} cells; the header has ${columns.length}.`);
      } else {
        const read = readCells(cellsOf(columns, result.data), label, 'column', indicators);
        if (read.ok) rows.push({ observation: read.observation, label });
        else errors.push(...read.errors);
      }
      if (errors.length > ERRORS_MAX) parser.abort();
    },
  });
  if (!columns && !errors.length) errors.push('The file has no header row.');
  return errors.length ? { ok: false, errors: tooManyErrors(errors) } : { ok: true, rows };
}

function cellsOf(columns: readonly (string | null)[], data: readonly string[]): Cells {
  const cells: Record<string, string> = {};
  // Only the twelve known names are ever keys (headerProblem refuses any other).
  columns.forEach((column, i) => {
    if (column) cells[column] = unprotectCell(data[i]);
  });
  return cells;
}

/** What is wrong with the header row, naming the missing and unknown columns, or null. */
function headerProblem(cells: readonly string[]): string | null {
  const names = cells.map((cell) => unprotectCell(cell).toLowerCase());
  const known = new Set<string>(PACK_COLUMNS);
  const missing = PACK_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !known.has(name));
  const twice = PACK_COLUMNS.filter((c) => names.indexOf(c) !== names.lastIndexOf(c));
  const problems = [
    missing.length ? `is missing the column${plural(missing)} ${list(missing)}` : '',
    unknown.length ? `has the unknown column${plural(unknown)} ${list(unknown)}` : '',
    twice.length ? `repeats the column${plural(twice)} ${list(twice)}` : '',
  ].filter(Boolean);
  if (!problems.length) return null;
  return `The header row ${problems.join(' and ')}; it must be ${PACK_COLUMNS.join(',')}.`;
}

function plural(items: readonly unknown[]): string {
  return items.length > 1 ? 's' : '';
}

function list(items: readonly string[]): string {
  const quoted = items.slice(0, 12).map(quote);
  return quoted.join(', ') + (items.length > 12 ? ` and ${items.length - 12} more` : '');
}
