import Papa from 'papaparse';
import { startsFormula } from '../export/csv-formulae';
import { SHIPPED_PACK, DataPack } from '../model/data-pack';
import { HistoryPoint, IndicatorId } from '../model/indicators';
import {
  packObservationCount,
  readDataPack,
  writeDataPackCsv,
  writeDataPackJson,
} from './data-pack-file';
import { protectCell, unprotectCell } from './pack-csv';
import { PACK_FORMAT, PACK_SCHEMA_VERSION } from './pack-json';
import { csvFile, row } from './testing/pack-files';

function read(text: string, base: DataPack = SHIPPED_PACK, fileName = 'pack.csv') {
  const result = readDataPack(text, fileName, base);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

/** The shipped pack as it stood before the 2025 figures: the base for specs that add 2025. */
const UP_TO_2024: DataPack = {
  ...SHIPPED_PACK,
  id: 'up-to-2024',
  indicators: SHIPPED_PACK.indicators.map((indicator) => ({
    ...indicator,
    history: indicator.history.filter((p) => p.year <= 2024),
  })),
};

function history(pack: DataPack, id: IndicatorId): readonly HistoryPoint[] {
  return pack.indicators.find((indicator) => indicator.id === id)!.history;
}

function at(pack: DataPack, id: IndicatorId, year: number): HistoryPoint[] {
  return history(pack, id).filter((p) => p.year === year);
}

const PRELIMINARY = row({
  vintage: 'preliminary',
  value: '3926.2',
  released: '2026-01-19',
  publisher: 'NBS',
  title: 'National economy in 2025',
});

describe('readDataPack: round trips', () => {
  it('reads the shipped pack back exactly from its CSV and from its JSON', () => {
    for (const text of [writeDataPackCsv(SHIPPED_PACK), writeDataPackJson(SHIPPED_PACK)]) {
      const { pack, notes } = read(text);
      expect(pack.indicators).toEqual(SHIPPED_PACK.indicators);
      expect(notes).toContain('The file changes no figure of Shipped data.');
    }
  });

  it('reads a pack with earlier vintages, alternates and hostile text back exactly', () => {
    const hostile = '=HYPERLINK("x") , -1;@a \'=b\t+c\r\n"\'; 中文「研究」, 基础研究经费';
    const { pack } = read(
      csvFile(PRELIMINARY, row({ note: hostile }), row({ publisher: 'CNNIC', year: '2024' })),
    );
    for (const text of [writeDataPackCsv(pack), writeDataPackJson(pack)]) {
      expect(read(text).pack.indicators).toEqual(pack.indicators);
      expect(read(text, pack).pack.indicators).toEqual(pack.indicators);
    }
    expect(at(pack, 'rdSpend', 2025)[0].note).toBe(hostile);
  });

  it('writes every observation, one row each, earlier vintages included', () => {
    const { pack } = read(csvFile(PRELIMINARY, row()), UP_TO_2024);
    const rows = Papa.parse<string[]>(writeDataPackCsv(pack).slice(1), { skipEmptyLines: true });
    expect(rows.data.length - 1).toBe(packObservationCount(pack.indicators));
    expect(packObservationCount(pack.indicators)).toBe(
      packObservationCount(UP_TO_2024.indicators) + 2,
    );
    const json = JSON.parse(writeDataPackJson(pack));
    expect(json.format).toBe(PACK_FORMAT);
    expect(json.schemaVersion).toBe(PACK_SCHEMA_VERSION);
    expect(json.observations.length).toBe(packObservationCount(pack.indicators));
  });

  it('writes a CSV no spreadsheet computes, starting with a BOM so Chinese text opens intact', () => {
    const { pack } = read(csvFile(row({ title: '=1+1', note: '@SUM(A1);-2,+3 研究' })));
    const csv = writeDataPackCsv(pack);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.flat();
    expect(cells.filter(startsFormula)).toEqual([]);
    expect(cells).toContain("'@SUM(A1);'-2,'+3 研究");
  });

  it('takes out exactly the apostrophes the writer put in', () => {
    for (const text of ["'", "''=", "'=x", " '", '\t\t=', '"\'-', "a,'b", '=', ' - 1'])
      expect(unprotectCell(protectCell(text))).toBe(text);
  });
});

describe('readDataPack: vintages and points', () => {
  it('adds a new year as the drawn, primary point', () => {
    const { pack } = read(csvFile(row()), UP_TO_2024);
    const [point] = at(pack, 'rdSpend', 2025);
    expect(point).toEqual({
      year: 2025,
      value: 3950,
      vintage: 'final',
      released: '2026-09-30',
      source: {
        publisher: 'NBS, MOST, MOF',
        title: 'Statistical Communiqué on National Expenditures on Science and Technology in 2025',
        date: '2026-09-30',
        confidence: 'H',
      },
      url: 'https://www.stats.gov.cn/',
      definition: history(SHIPPED_PACK, 'rdSpend')[0].definition,
      confidence: 'H',
      derived: false,
      primary: true,
    });
    expect(history(pack, 'rdSpend').map((p) => p.year)).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });

  it('draws a newer vintage and keeps the older in earlier, even under a renamed publisher', () => {
    const base = read(csvFile(PRELIMINARY)).pack;
    const { pack } = read(csvFile(row()), base);
    const [point, ...others] = at(pack, 'rdSpend', 2025);
    expect(others).toEqual([]);
    expect(point.value).toBe(3950);
    expect(point.vintage).toBe('final');
    expect(point.earlier?.map((p) => [p.vintage, p.value, p.source.publisher])).toEqual([
      ['preliminary', 3926.2, 'NBS'],
    ]);
  });

  it('draws the latest vintage whatever the row order; restated over final', () => {
    const restated = row({ vintage: 'restated', value: '3960', released: '2027-10' });
    const { pack } = read(csvFile(restated, PRELIMINARY, row()));
    const [point] = at(pack, 'rdSpend', 2025);
    expect([point.vintage, ...point.earlier!.map((p) => p.vintage)]).toEqual([
      'restated',
      'final',
      'preliminary',
    ]);
  });

  it('replaces a figure of the same vintage and publisher', () => {
    const { pack } = read(csvFile(row({ year: '2024', value: '3640' })));
    const points = at(pack, 'rdSpend', 2024);
    expect(points.length).toBe(1);
    expect(points[0].value).toBe(3640);
    expect(points[0].earlier).toBeUndefined();
  });

  it('keeps another publisher’s figure of the same vintage beside the drawn one, with a note', () => {
    const result = read(csvFile(row({ year: '2024', publisher: 'CNNIC', value: '3500' })));
    const points = at(result.pack, 'rdSpend', 2024);
    expect(points.map((p) => [p.source.publisher, p.value, p.primary])).toEqual([
      ['NBS, MOST, MOF', 3632.68, true],
      ['CNNIC', 3500, false],
    ]);
    expect(result.notes).toContain(
      'Line 2: rdSpend 2024 by “CNNIC” is kept beside the figure by “NBS, MOST, MOF”, not drawn; to revise that figure, name its publisher.',
    );
  });

  it('never lets a publisher’s earlier row carry its later one over another’s figure', () => {
    // 2024's drawn figure is NBS's final. CNNIC's preliminary alone would join that point, but
    // CNNIC's final in the same file would then replace NBS's: both are kept beside, in any order.
    const preliminary = row({ year: '2024', publisher: 'CNNIC', vintage: 'preliminary' });
    const final = row({ year: '2024', publisher: 'CNNIC', value: '3500' });
    for (const lines of [
      [preliminary, final],
      [final, preliminary],
    ]) {
      const points = at(read(csvFile(...lines)).pack, 'rdSpend', 2024);
      expect(points.map((p) => [p.source.publisher, p.value, p.primary])).toEqual([
        ['NBS, MOST, MOF', 3632.68, true],
        ['CNNIC', 3500, false],
      ]);
      expect(points[1].earlier?.map((p) => p.vintage)).toEqual(['preliminary']);
    }
  });

  it('keeps the base’s other indicators as they were (the same objects)', () => {
    const { pack } = read(csvFile(row()));
    pack.indicators.forEach((indicator, i) => {
      if (indicator.id !== 'rdSpend') expect(indicator).toBe(SHIPPED_PACK.indicators[i]);
    });
  });

  it('keeps the short name, source date and definition of the figure a CSV row replaces', () => {
    const before = at(SHIPPED_PACK, 'notableModelsUS', 2025)[0];
    const changed = row({
      indicator: 'notableModelsUS',
      unit: 'models/yr',
      value: '50',
      publisher: before.source.publisher,
      confidence: 'M',
    });
    const after = at(read(csvFile(changed)).pack, 'notableModelsUS', 2025)[0];
    expect(after.source.short).toBe('Epoch AI');
    expect(after.source.date).toBe(before.source.date);
    expect(after.definition).toBe(before.definition);
    expect(after.value).toBe(50);
  });
});

describe('readDataPack: cells', () => {
  it('reads case-insensitive words, spaces around cells, L confidence and true/false', () => {
    const { pack } = read(
      csvFile(row({ vintage: ' Final ', confidence: 'l', derived: 'TRUE', value: ' +3.95e3 ' })),
    );
    const [point] = at(pack, 'rdSpend', 2025);
    expect([point.vintage, point.confidence, point.derived, point.value]).toEqual([
      'final',
      'L',
      true,
      3950,
    ]);
  });

  it('reads the columns in any order', () => {
    const [header, line] = csvFile(row()).split('\r\n');
    const swap = (text: string) => {
      const cells = Papa.parse<string[]>(text).data[0];
      [cells[0], cells[2]] = [cells[2], cells[0]];
      return Papa.unparse([cells]);
    };
    const { pack } = read(`${swap(header)}\r\n${swap(line)}\r\n`);
    expect(at(pack, 'rdSpend', 2025)[0].value).toBe(3950);
  });
});

describe('readDataPack: the pack’s id, name and date', () => {
  it('dates the pack by its newest release, names it after the file, ids it by content', () => {
    const a = read(csvFile(PRELIMINARY, row()), SHIPPED_PACK, 'C:\\data\\GERD 2025.csv').pack;
    expect(a.asOf).toBe('2026-09-30');
    expect(a.name).toBe('GERD 2025');
    expect(a.id).toMatch(/^pack-2026-09-30-[0-9a-f]{14}$/);
    const again = read(csvFile(row(), PRELIMINARY), SHIPPED_PACK, 'other.csv').pack;
    expect(again.id).toBe(a.id);
    expect(read(csvFile(row({ value: '3951' }))).pack.id).not.toBe(a.id);
  });

  it('keeps the base’s date when the file’s releases are older', () => {
    const { pack } = read(csvFile(row({ year: '2024', value: '3640', released: '2025' })));
    expect(pack.asOf).toBe(SHIPPED_PACK.asOf);
  });

  it('takes a JSON file’s name, never its id or date', () => {
    const json = JSON.parse(writeDataPackJson(read(csvFile(row())).pack));
    const { pack } = read(
      JSON.stringify({ ...json, id: SHIPPED_PACK.id, name: ' My  pack ', asOf: '2099' }),
      SHIPPED_PACK,
      'x.json',
    );
    expect(pack.name).toBe('My pack');
    expect(pack.id).not.toBe(SHIPPED_PACK.id);
    expect(pack.asOf).toBe('2026-09-30');
  });
});
