import fc from 'fast-check';
import { SHIPPED_PACK } from '../model/data-pack';
import {
  DataPackReadResult,
  readDataPack,
  writeDataPackCsv,
  writeDataPackJson,
} from './data-pack-file';
import { PACK_COLUMNS, PackColumn } from './pack-cells';
import { PACK_FORMAT } from './pack-json';
import { cell, csvFile, row } from './testing/pack-files';

const HOSTILE = [
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'Infinity',
  '-0',
  '−5',
  '1e400',
  '9'.repeat(400),
  '3,926.2',
  '',
  ' ',
  '"',
  '=cmd|',
  '中文',
  '\u0000',
  'toString',
  'hasOwnProperty',
];
const GOOD_VALUES: Readonly<Record<PackColumn, readonly string[]>> = {
  indicator: ['rdSpend', 'rdIntensity', 'basicShare', 'llmsCN', 'aiCoreIndustry', 'aiGraduates'],
  // Years up to the releases' (2026): a figure is never released before its year ends.
  year: ['2024', '2025', '2026', '1990'],
  value: ['3950', '2.8', '0', '7.08', '1e3', '100'],
  unit: ['bn yuan', '% of GDP', '%', 'models'],
  vintage: ['preliminary', 'final', 'restated'],
  released: ['2026', '2026-01', '2026-01-19'],
  publisher: ['NBS', 'NBS, MOST, MOF', 'CAICT', 'Other'],
  title: ['A title', ''],
  url: ['', 'https://example.org/a?b=c'],
  confidence: ['H', 'M', 'L'],
  derived: ['yes', 'no', 'true', 'false'],
  note: ['', 'a note'],
};

const anyCell = (column: PackColumn) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...GOOD_VALUES[column]) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.double().map(String) },
  );

const rowCells = fc.tuple(...PACK_COLUMNS.map(anyCell));

/** A row as written, sometimes with two columns swapped or a cell too few or too many. */
const csvRow = fc
  .tuple(rowCells, fc.nat(11), fc.nat(11), fc.integer({ min: -1, max: 1 }), fc.boolean())
  .map(([cells, i, j, extra, swap]) => {
    const out = [...cells];
    if (swap) [out[i], out[j]] = [out[j], out[i]];
    if (extra < 0) out.pop();
    if (extra > 0) out.push('x');
    return out.map(cell).join(',');
  });

const header = fc.oneof(
  { weight: 8, arbitrary: fc.constant(PACK_COLUMNS.join(',')) },
  {
    weight: 1,
    arbitrary: fc.shuffledSubarray([...PACK_COLUMNS, '__proto__']).map((c) => c.join(',')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const csvText = fc
  .tuple(header, fc.array(csvRow, { maxLength: 12 }), fc.constantFrom('\r\n', '\n'))
  .map(([head, rows, newline]) => [head, ...rows].join(newline));

const jsonObservation = fc.oneof(
  rowCells.map((cells) => Object.fromEntries(PACK_COLUMNS.map((c, i) => [c, cells[i]]))),
  rowCells.map((cells) => ({
    ...Object.fromEntries(PACK_COLUMNS.map((c, i) => [c, Number(cells[i]) || cells[i]])),
    derived: cells[10] === 'yes',
    primary: cells[0] === 'rdSpend',
  })),
  fc.dictionary(fc.constantFrom(...PACK_COLUMNS, ...HOSTILE), fc.jsonValue({ maxDepth: 3 })),
);

/** JSON text: objects carrying keys like __proto__ as own keys, the way JSON.parse makes them. */
const jsonText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(jsonObservation, { maxLength: 8 })
      .map((observations) =>
        JSON.stringify({ format: PACK_FORMAT, schemaVersion: 1, observations }),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(jsonObservation, { maxLength: 4 })
      .map(
        (observations) =>
          `{"format":"${PACK_FORMAT}","schemaVersion":1,"__proto__":{"polluted":true},"observations":${JSON.stringify(observations)}}`,
      ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 25 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((s) => `{${s}`) },
);

const UNITS: Readonly<Record<string, string>> = {
  rdSpend: 'bn yuan',
  rdIntensity: '% of GDP',
  llmsCN: 'models',
  aiCoreIndustry: 'bn yuan',
};

/** A row every rule accepts, or that with one cell replaced by something hostile. */
const validishRow = fc
  .record({
    indicator: fc.constantFrom(...Object.keys(UNITS)),
    year: fc.integer({ min: 1990, max: 2026 }).map(String),
    value: fc.double({ min: 0, max: 100, noNaN: true }).map(String),
    vintage: fc.constantFrom(...GOOD_VALUES.vintage),
    released: fc.constantFrom(...GOOD_VALUES.released),
    publisher: fc.constantFrom(...GOOD_VALUES.publisher, '中国信通院', '=x', "'+y"),
    title: fc.string({ maxLength: 20 }).map((t) => t.trim()),
    note: fc.string({ maxLength: 20 }).map((t) => t.trim()),
  })
  .chain((cells) =>
    fc
      .oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.constantFrom(...PACK_COLUMNS), fc.constantFrom(...HOSTILE)),
        },
      )
      .map((mutation) => {
        const out: Partial<Record<PackColumn, string>> = { ...cells, unit: UNITS[cells.indicator] };
        if (mutation) out[mutation[0]] = mutation[1];
        return row(out);
      }),
  );

const validishCsv = fc
  .array(validishRow, { minLength: 1, maxLength: 10 })
  .map((rows) => csvFile(...rows));

function checkWhole(result: DataPackReadResult): void {
  if (result.ok) {
    expect(result.pack.indicators.length).toBe(SHIPPED_PACK.indicators.length);
    expect(Object.keys(result).sort()).toEqual(['notes', 'ok', 'pack']);
    for (const indicator of result.pack.indicators) {
      const years = indicator.history.map((p) => p.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      const primary = indicator.history.filter((p) => p.primary).map((p) => p.year);
      expect(new Set(primary).size).toBe(primary.length);
    }
  } else {
    expect(Object.keys(result).sort()).toEqual(['errors', 'ok']);
    expect(result.errors.length).toBeGreaterThan(0);
    // The catch-all in readDataPack is a last resort, never the way a refusal is made.
    expect(result.errors.join()).not.toContain('could not be read');
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

describe('readDataPack under fuzz', () => {
  const before = writeDataPackCsv(SHIPPED_PACK);

  it('reads 1,000 generated CSV packs whole or refuses them, never throwing', () => {
    fc.assert(
      fc.property(csvText, (text) => checkWhole(readDataPack(text, 'fuzz.csv', SHIPPED_PACK))),
      { numRuns: 1000 },
    );
    expect(writeDataPackCsv(SHIPPED_PACK)).toBe(before);
  });

  it('reads 1,000 generated JSON packs whole or refuses them, never throwing', () => {
    fc.assert(
      fc.property(jsonText, (text) => checkWhole(readDataPack(text, 'fuzz.json', SHIPPED_PACK))),
      { numRuns: 1000 },
    );
    expect(writeDataPackCsv(SHIPPED_PACK)).toBe(before);
  });

  it('reads valid-ish packs whole and writes them back exactly, or refuses them', () => {
    let read = 0;
    fc.assert(
      fc.property(validishCsv, (text) => {
        const result = readDataPack(text, 'fuzz.csv', SHIPPED_PACK);
        checkWhole(result);
        if (!result.ok) return;
        read++;
        for (const written of [writeDataPackCsv(result.pack), writeDataPackJson(result.pack)]) {
          const again = readDataPack(written, 'again', result.pack);
          expect(again.ok && again.pack.indicators).toEqual(result.pack.indicators);
        }
      }),
      { numRuns: 300 },
    );
    expect(read).toBeGreaterThan(100);
  });

  it('parses a 5,000-row pack', () => {
    const ids = ['rdSpend', 'llmsCN', 'robotInstalls', 'aiCoreIndustry', 'programsAdded'] as const;
    const units = ['bn yuan', 'models', 'units/yr', 'bn yuan', 'count'];
    const rows: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const k = i % ids.length;
      const n = Math.floor(i / ids.length);
      rows.push(
        row({
          indicator: ids[k],
          unit: units[k],
          year: String(1990 + (n % 37)),
          vintage: GOOD_VALUES.vintage[Math.floor(n / 37) % 3],
          publisher: `Publisher ${Math.floor(n / 111)}`,
          value: String(1000 + i / 7),
          note: i % 2 ? '中文注释' : '',
        }),
      );
    }
    const text = csvFile(...rows);
    const start = performance.now();
    const result = readDataPack(text, 'big.csv', SHIPPED_PACK);
    const ms = performance.now() - start;
    console.log(
      `A 5,000-row data pack (${(text.length / 1e6).toFixed(2)} M characters) parsed in ${ms.toFixed(0)} ms.`,
    );
    if (!result.ok) fail(result.errors.slice(0, 3).join('\n'));
    expect(result.ok).toBeTrue();
  });
});
