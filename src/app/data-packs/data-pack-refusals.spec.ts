import { SHIPPED_PACK } from '../model/data-pack';
import { MAX_FILE_BYTES } from '../model/limits';
import { DATA_PACK_LIMITS, DataPackReadResult, readDataPack } from './data-pack-file';
import { PACK_FORMAT, writeDataPackJson } from './pack-json';
import { HEADER, csvFile, row } from './testing/pack-files';

function errorsOf(result: DataPackReadResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

/** The errors for a CSV of the given rows (line 2 onwards). */
function refused(...rows: string[]): string[] {
  return errorsOf(readDataPack(csvFile(...rows), 'pack.csv', SHIPPED_PACK));
}

function jsonRefused(value: unknown): string[] {
  return errorsOf(readDataPack(JSON.stringify(value), 'pack.json', SHIPPED_PACK));
}

function jsonFile(observations: unknown[]): unknown {
  return { format: PACK_FORMAT, schemaVersion: 1, observations };
}

const GOOD_JSON = {
  indicator: 'rdSpend',
  year: 2025,
  value: 3950,
  unit: 'bn yuan',
  vintage: 'final',
  released: '2026-09-30',
  publisher: 'NBS, MOST, MOF',
  title: 'Communiqué',
  confidence: 'H',
  derived: false,
};

describe('readDataPack refuses, naming the row and column', () => {
  it('accepts the good row the refusals vary', () => {
    expect(readDataPack(csvFile(row()), 'pack.csv', SHIPPED_PACK).ok).toBeTrue();
    expect(
      readDataPack(JSON.stringify(jsonFile([GOOD_JSON])), 'p.json', SHIPPED_PACK).ok,
    ).toBeTrue();
  });

  it('an unknown indicator id', () => {
    expect(refused(row(), row({ indicator: 'rdSpending' }))).toEqual([
      'Line 3, column “indicator”: “rdSpending” is not an indicator of this app.',
    ]);
  });

  it('a model output, which has no published figures', () => {
    expect(refused(row({ indicator: 'computeAccess', unit: 'index (2024 default = 1)' }))).toEqual([
      'Line 2, column “indicator”: “computeAccess” is a model output, with no published figures to import.',
    ]);
  });

  it('a unit that is not the indicator’s', () => {
    expect(refused(row({ unit: 'bn USD' }))).toEqual([
      'Line 2, column “unit”: “bn USD” is not the unit of rdSpend (“bn yuan”).',
    ]);
  });

  it('a non-numeric value, and NaN', () => {
    expect(refused(row({ value: 'n/a' }), row({ value: 'NaN', year: '2026' }))).toEqual([
      'Line 2, column “value”: “n/a” is not a number.',
      'Line 3, column “value”: “NaN” is not a number.',
    ]);
  });

  it('a missing value', () => {
    expect(refused(row({ value: '' }))).toEqual(['Line 2, column “value”: missing.']);
  });

  it('a value too large for a number', () => {
    expect(refused(row({ value: '1e400' }))).toEqual([
      'Line 2, column “value”: “1e400” is too large.',
    ]);
  });

  it('a negative value, also with a pasted minus sign (U+2212)', () => {
    expect(refused(row({ value: '-1' }), row({ value: '\u22123926.2', year: '2026' }))).toEqual([
      'Line 2, column “value”: -1 is negative; rdSpend cannot be.',
      'Line 3, column “value”: −3926.2 is negative; rdSpend cannot be.',
    ]);
  });

  it('a share above 100%', () => {
    expect(refused(row({ indicator: 'basicShare', unit: '%', value: '708' }))).toEqual([
      'Line 2, column “value”: 708 is more than 100%.',
    ]);
  });

  it('thousands separators and decimal commas, with what to write instead', () => {
    const hint =
      'write the number without thousands separators, with a point for decimals (like 3926.2).';
    expect(refused(row({ value: '3,926.2' }), row({ value: '3926,2', year: '2026' }))).toEqual([
      `Line 2, column “value”: “3,926.2”: ${hint}`,
      `Line 3, column “value”: “3926,2”: ${hint}`,
    ]);
  });

  it('a year outside 1990–2100, or not whole', () => {
    expect(refused(row({ year: '1989' }), row({ year: '2101' }), row({ year: '2025.5' }))).toEqual([
      'Line 2, column “year”: 1989 is not a year from 1990 to 2100.',
      'Line 3, column “year”: 2101 is not a year from 1990 to 2100.',
      'Line 4, column “year”: 2025.5 is not a year from 1990 to 2100.',
    ]);
  });

  it('a year after the figure’s release: a slip that would stop every projection before it', () => {
    expect(
      refused(
        row({ year: '2100' }),
        row({ year: '2027' }),
        row({ year: '2025', released: '2001-01-01' }),
      ),
    ).toEqual([
      'Line 2, column “year”: 2100 is after the figure’s release (2026-09-30).',
      'Line 3, column “year”: 2027 is after the figure’s release (2026-09-30).',
      'Line 4, column “year”: 2025 is after the figure’s release (2001-01-01).',
    ]);
  });

  it('a duplicate point within a vintage', () => {
    expect(refused(row(), row({ value: '3951' }))).toEqual([
      'Line 3: a second final figure for rdSpend 2025 (the first is on line 2).',
    ]);
  });

  it('a missing publisher', () => {
    expect(refused(row({ publisher: ' ' }))).toEqual([
      'Line 2, column “publisher”: missing: every figure names who published it.',
    ]);
  });

  it('a vintage other than preliminary, final or restated', () => {
    expect(refused(row({ vintage: 'provisional' }))).toEqual([
      'Line 2, column “vintage”: “provisional” is not preliminary, final or restated.',
    ]);
  });

  it('a release date that is not an ISO date (or not a real day)', () => {
    expect(
      refused(row({ released: '30/09/2026' }), row({ released: '2026-02-30', year: '2026' })),
    ).toEqual([
      'Line 2, column “released”: “30/09/2026” is not a date written 2026, 2026-01 or 2026-01-19.',
      'Line 3, column “released”: “2026-02-30” is not a date written 2026, 2026-01 or 2026-01-19.',
    ]);
  });

  it('a confidence other than H, M or L', () => {
    expect(refused(row({ confidence: 'high' }))).toEqual([
      'Line 2, column “confidence”: “high” is not H, M or L.',
    ]);
  });

  it('derived other than yes, no, true or false', () => {
    expect(refused(row({ derived: 'maybe' }))).toEqual([
      'Line 2, column “derived”: “maybe” is not yes, no, true or false.',
    ]);
  });

  it('a url that is not http or https', () => {
    expect(refused(row({ url: 'javascript:alert(1)' }))).toEqual([
      'Line 2, column “url”: “javascript:alert(1)” is not an http or https address.',
    ]);
  });

  it('text longer than 2,000 characters', () => {
    expect(refused(row({ note: 'x'.repeat(2001) }))).toEqual([
      'Line 2, column “note”: longer than 2,000 characters.',
    ]);
  });

  it('every problem of a row, and the line of a row after a quoted line break', () => {
    expect(refused(row({ note: 'two\nlines' }), row({ year: '1800', unit: 'yuan' }))).toEqual([
      'Line 4, column “year”: 1800 is not a year from 1990 to 2100.',
      'Line 4, column “unit”: “yuan” is not the unit of rdSpend (“bn yuan”).',
    ]);
  });

  it('a row with too few or too many cells', () => {
    expect(refused('rdSpend,2025,3950')).toEqual(['Line 2 has 3 cells; the header has 12.']);
  });

  it('a quoted cell never closed', () => {
    expect(refused(`${row()}\r\nrdSpend,"2026`)[0]).toBe('Line 3: a quoted cell is never closed.');
  });

  it('an empty file, also a BOM and blank lines only', () => {
    for (const text of ['', '\uFEFF', ' \r\n\r\n'])
      expect(errorsOf(readDataPack(text, 'pack.csv', SHIPPED_PACK))).toEqual([
        'The file is empty.',
      ]);
  });

  it('a header with no observations', () => {
    expect(errorsOf(readDataPack(`${HEADER}\r\n`, 'pack.csv', SHIPPED_PACK))).toEqual([
      'The file has no observations.',
    ]);
  });

  it('a wrong header, naming the missing, unknown and repeated columns', () => {
    const text =
      'indicator,year,value,units,vintage,released,publisher,title,url,year,derived,note\r\n';
    expect(errorsOf(readDataPack(text, 'pack.csv', SHIPPED_PACK))).toEqual([
      'The header row is missing the columns “unit”, “confidence” and has the unknown column “units” and repeats the column “year”; it must be indicator,year,value,unit,vintage,released,publisher,title,url,confidence,derived,note.',
    ]);
  });

  it('a file too large', () => {
    const limits = { maxBytes: 1000, maxRows: 100 };
    expect(
      errorsOf(
        readDataPack(csvFile(row({ note: '中'.repeat(400) })), 'p.csv', SHIPPED_PACK, limits),
      ),
    ).toEqual(['The file is larger than 1,000 bytes, the most a data pack may be.']);
  });

  it('takes the scenario files’ size limit', () => {
    expect(DATA_PACK_LIMITS.maxBytes).toBe(MAX_FILE_BYTES);
  });

  it('too many rows', () => {
    const limits = { maxBytes: 1e6, maxRows: 1 };
    expect(
      errorsOf(readDataPack(csvFile(row(), row({ year: '2026' })), 'p.csv', SHIPPED_PACK, limits)),
    ).toEqual(['The file has more than 1 observations.']);
  });

  it('JSON that is not JSON, not a pack, or from a newer app', () => {
    expect(errorsOf(readDataPack('{"format":', 'p.json', SHIPPED_PACK))[0]).toMatch(
      /^The file is not valid JSON/,
    );
    expect(jsonRefused({ format: 'other' })).toEqual([
      `The file is not a data pack (its “format” is not “${PACK_FORMAT}”).`,
    ]);
    expect(jsonRefused({ format: PACK_FORMAT, schemaVersion: 2, observations: [] })).toEqual([
      'The file was written by a newer version of the app.',
    ]);
  });

  it('JSON nested too deeply', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 30; i++) deep = [deep];
    expect(jsonRefused({ ...(jsonFile([]) as object), extra: deep })[0]).toMatch(
      /^The file is nested more than 20 levels deep/,
    );
  });

  it('JSON with prototype keys', () => {
    const text = `{"format":"${PACK_FORMAT}","schemaVersion":1,"observations":[{"__proto__":{"polluted":1}}]}`;
    expect(errorsOf(readDataPack(text, 'p.json', SHIPPED_PACK))).toEqual([
      'The file has a field named “__proto__”, which is not allowed (at observations[0].__proto__).',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('JSON observations with a wrong type, a missing or an unknown field', () => {
    const noPublisher: Partial<typeof GOOD_JSON> = { ...GOOD_JSON };
    delete noPublisher.publisher;
    expect(
      jsonRefused(
        jsonFile([{ ...GOOD_JSON, value: [1] }, noPublisher, { ...GOOD_JSON, extra: 1 }]),
      ),
    ).toEqual([
      'Observation 1, field “value”: Invalid input.',
      'Observation 2, field “publisher”: missing.',
      'Observation 3: unknown field “extra”.',
    ]);
  });

  it('JSON observations by the same rules as CSV rows', () => {
    expect(jsonRefused(jsonFile([{ ...GOOD_JSON, unit: '%', year: 3000 }]))).toEqual([
      'Observation 1, field “year”: 3000 is not a year from 1990 to 2100.',
      'Observation 1, field “unit”: “%” is not the unit of rdSpend (“bn yuan”).',
    ]);
  });

  it('two primary figures for one year (JSON can set primary)', () => {
    const alternate = { ...GOOD_JSON, publisher: 'Other', primary: true };
    expect(jsonRefused(jsonFile([GOOD_JSON, alternate]))).toEqual([
      'rdSpend 2025: more than one figure is marked primary.',
    ]);
  });

  it('no drawn figure left for a year that had one (JSON primary: false)', () => {
    // The final GERD lands in 2025's drawn point; marked not primary, 2025 would become a projection.
    expect(jsonRefused(jsonFile([{ ...GOOD_JSON, primary: false }]))).toEqual([
      'rdSpend 2025: no figure would be drawn (marked primary) any more; leave “primary” out, or mark one figure of that year primary.',
    ]);
  });

  it('a bad file changes nothing: the base pack is untouched', () => {
    const before = writeDataPackJson(SHIPPED_PACK);
    refused(row(), row({ indicator: 'nope' }));
    expect(writeDataPackJson(SHIPPED_PACK)).toBe(before);
  });
});
