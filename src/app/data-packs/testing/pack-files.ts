/** Pack files for the data-pack specs: a header, rows by column, one good row to vary. */
import { DataPack } from '../../model/data-pack';
import { readDataPack } from '../data-pack-file';
import { PACK_COLUMNS, PackColumn } from '../pack-cells';

export const HEADER = PACK_COLUMNS.join(',');

/** GERD 2025, final: a row every rule accepts. */
export const GOOD: Readonly<Record<PackColumn, string>> = {
  indicator: 'rdSpend',
  year: '2025',
  value: '3950',
  unit: 'bn yuan',
  vintage: 'final',
  released: '2026-09-30',
  publisher: 'NBS, MOST, MOF',
  title: 'Statistical Communiqué on National Expenditures on Science and Technology in 2025',
  url: 'https://www.stats.gov.cn/',
  confidence: 'H',
  derived: 'no',
  note: '',
};

/** A CSV cell as a spreadsheet would write it: quoted when it holds a comma, quote or line break. */
export function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function row(changes: Partial<Record<PackColumn, string>> = {}): string {
  const cells = { ...GOOD, ...changes };
  return PACK_COLUMNS.map((column) => cell(cells[column])).join(',');
}

/** A CSV file: the header, then the rows (line 2 onwards). */
export function csvFile(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n') + '\r\n';
}

/** The pack a CSV file of these rows makes over `base`; throws when the file is refused. */
export function readPack(base: DataPack, ...rows: string[]): DataPack {
  const result = readDataPack(csvFile(...rows), 'spec.csv', base);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}
