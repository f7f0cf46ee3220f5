/**
 * CSV of the numbers behind the charts: long format, unrounded, with a header block (lines starting
 * with "#") naming scenario, date, model version, changed levers, sources and the link back.
 * Cells that a spreadsheet would read as a formula are escaped (papaparse's escapeFormulae).
 */
import Papa from 'papaparse';
import { DataRow, PanelView } from '../charts/panels';
import { Provenance, provenanceLines } from './provenance';

const COLUMNS = ['series', 'year', 'value', 'kind', 'p10', 'p50', 'p90', 'source'] as const;

function record(row: DataRow): (string | number)[] {
  return [row.series, row.year, row.value, row.kind, row.p10 ?? '', row.p50 ?? '', row.p90 ?? '', row.source];
}

/**
 * Header lines start with "#", but a spreadsheet that opens the file still splits them at commas
 * (or semicolons, or tabs, by locale): a scenario named `x,=HYPERLINK(…)` would put a formula in
 * the second cell. Every piece after a separator that starts like a formula gets a leading "'",
 * as escapeFormulae does for data cells.
 */
export function neutralizeHeaderLine(line: string): string {
  return line.replace(/[\r\n]+/g, ' ').replace(/([,;\t]\s*)(?=[=+\-@])/g, "$1'");
}

function header(p: Provenance, sources: string): string {
  return provenanceLines(p, sources)
    .map((line) => `# ${neutralizeHeaderLine(line)}`)
    .join('\r\n');
}

/** Text with a semicolon or tab is quoted too: where those separate cells, it stays one cell. */
const quoteSeparators = (value: unknown) => typeof value === 'string' && /[;\t]/.test(value);

function unparse(fields: readonly string[], data: (string | number)[][]): string {
  return Papa.unparse({ fields: [...fields], data }, { escapeFormulae: true, quotes: quoteSeparators, newline: '\r\n' });
}

export function panelCsv(view: PanelView, provenance: Provenance): string {
  return `${header(provenance, view.sources)}\r\n${unparse(COLUMNS, view.rows.map(record))}\r\n`;
}

export function dashboardCsv(views: readonly PanelView[], provenance: Provenance): string {
  const sources = views.map((v) => `${v.title}: ${v.sources}`).join(' | ');
  const data = views.flatMap((v) => v.rows.map((row) => [v.title, ...record(row)]));
  return `${header(provenance, sources)}\r\n${unparse(['panel', ...COLUMNS], data)}\r\n`;
}
