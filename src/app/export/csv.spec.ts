import fc from 'fast-check';
import Papa from 'papaparse';
import { buildPanelViews } from '../charts/panel-view';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { runMonteCarlo, summarize } from '../model/monte-carlo';
import { project } from '../model/project';
import { PRELIMINARY_VALUE, preliminaryIndicators } from '../model/testing/preliminary-pack';
import { dashboardCsv, panelCsv } from './csv';
import { startsFormula } from './csv-formulae';
import { Provenance } from './provenance';

describe('CSV export', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const mc = summarize(
    runMonteCarlo(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS, {
      paths: 200,
      seed: 42,
    }),
  );
  const views = buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
    mc,
  );
  const provenance: Provenance = {
    scenario: '=HYPERLINK("x") <b>name</b>',
    exportedAt: '2026-11-28T12:00:00.000Z',
    modelVersion: 1,
    pack: { name: 'Shipped data', asOf: '2026-04' },
    changedLevers: ['R&D spending growth (nominal): 10 %/yr'],
    link: 'http://127.0.0.1:4300/?v=1&rdGrowth=10',
  };
  const parse = (text: string) =>
    Papa.parse<Record<string, string>>(text, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
      newline: '\r\n',
    });

  it('holds every row of the panel’s data table, unrounded, with a provenance header', () => {
    const text = panelCsv(views[0], provenance);
    expect(text.split('\r\n').slice(0, 7)).toEqual([
      '# Scenario: =HYPERLINK(”x”) <b>name</b>',
      '# Exported: 2026-11-28T12:00:00.000Z',
      '# Model version: 1',
      '# Data as of April 2026 (Shipped data)',
      '# Assumptions changed from the defaults: R&D spending growth (nominal): 10 %/yr',
      `# Sources: ${views[0].sources}`,
      '# Link: http://127.0.0.1:4300/?v=1&rdGrowth=10',
    ]);
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBe(views[0].rows.length);
    parsed.data.forEach((row, i) => {
      const expected = views[0].rows[i];
      expect(row['series']).toBe(expected.series);
      expect(Number(row['value'])).toBe(expected.value);
      expect(row['p50'] === '' ? undefined : Number(row['p50'])).toBe(expected.p50);
    });
  });

  it('appends vintage, release and earlier vintages after the older columns, safe from formulae', () => {
    const pack = preliminaryIndicators();
    const p = project(pack, DEFAULT_LEVERS);
    const rd = buildPanelViews(
      p,
      GOALS,
      GOALS.map((g) => evaluateGoal(pack, g, p)),
    )[0];
    const parsed = parse(
      panelCsv(rd, { ...provenance, pack: { name: 'Spec pack', asOf: '2026-01-19' } }),
    );
    expect(parsed.meta.fields).toEqual([
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
    ]);
    const spend = parsed.data.filter((r) => r['series'] === 'R&D spending (GERD)');
    const at = (year: number) =>
      spend.find((r) => r['year'] === String(year) && r['kind'] === 'observed')!;
    expect(at(2025)['vintage']).toBe('preliminary');
    expect(at(2025)['released']).toBe('2026-01-19');
    expect(at(2025)['value']).toBe(String(PRELIMINARY_VALUE));
    expect(at(2024)['earlier']).toBe('3632.68 (preliminary, released 2025-01-20)');
    expect(
      spend.filter((r) => r['kind'] === 'projected').every((r) => r['vintage'] === ''),
    ).toBeTrue();
    const evil = {
      ...rd,
      rows: [
        {
          ...rd.rows[0],
          vintage: { vintage: 'final' as const, released: '=1+1', earlier: '-2+3' },
        },
      ],
    };
    const row = parse(panelCsv(evil, provenance)).data[0];
    expect(row['released']).toBe("'=1+1");
    expect(row['earlier']).toBe("'-2+3");
  });

  it('puts every panel in one long CSV for the whole dashboard', () => {
    const parsed = parse(dashboardCsv(views, provenance));
    expect(parsed.data.length).toBe(views.reduce((n, v) => n + v.rows.length, 0));
    expect(new Set(parsed.data.map((r) => r['panel'])).size).toBe(8);
  });

  it('escapes cells a spreadsheet would run as a formula', () => {
    const evil = {
      ...views[0],
      rows: [{ ...views[0].rows[0], series: '=1+2', source: '@SUM(A1)' }],
    };
    const parsed = parse(panelCsv(evil, provenance));
    expect(parsed.data[0]['series']).toBe("'=1+2");
    expect(parsed.data[0]['source']).toBe("'@SUM(A1)");
  });

  it('keeps formulas out of header lines and of cells split at semicolons or tabs', () => {
    const named = { ...provenance, scenario: 'x,=HYPERLINK("http://evil") ;+1;\t-2, @cmd' };
    const evil = {
      ...views[0],
      rows: [{ ...views[0].rows[0], series: 'a;=1+2', source: 'b\t=3' }],
    };
    const text = panelCsv(evil, named);
    // Read with semicolons, "\t-2,' @cmd" starts with a tab.
    expect(text.split('\r\n')[0]).toBe(
      `# Scenario: x,'=HYPERLINK(”http://evil”) ;'+1;'\t'-2,' @cmd`,
    );
    const row = text.split('\r\n').find((l) => l.includes('a;'));
    expect(row).toContain(`"a;'=1+2"`);
    expect(row).toContain(`"b\t'=3"`);
    expect(parse(text).data[0]['series']).toBe("a;'=1+2");
    expect(cellsOf(text).filter(startsFormula)).toEqual([]);
  });

  it('neutralizes a cell that starts a formula only once a spreadsheet undoes the quotes', () => {
    const text = panelCsv(views[0], { ...provenance, scenario: 'Plan,"=1+1",x' });
    expect(text.split('\r\n')[0]).toBe(`# Scenario: Plan,”=1+1”,x`);
    expect(Papa.parse<string[]>(text.split('\r\n')[0]).data[0]).toEqual([
      '# Scenario: Plan',
      '”=1+1”',
      'x',
    ]);
  });

  it('writes quotes in header lines as ”, so none opens a cell that runs over the next lines', () => {
    const text = panelCsv(views[0], { ...provenance, scenario: 'a,"b' });
    expect(text.split('\r\n')[0]).toBe('# Scenario: a,”b');
    expect(Papa.parse<string[]>(text, { newline: '\r\n' }).data[1]).toEqual([
      '# Exported: 2026-11-28T12:00:00.000Z',
    ]);
  });

  it('leaves numbers as numbers, negative and in exponent form', () => {
    const rows = [{ ...views[0].rows[0], value: -3.5, p10: 1e-7, p50: -2.5e-8, p90: 12 }];
    const parsed = parse(panelCsv({ ...views[0], rows }, provenance));
    expect([parsed.data[0]['value'], parsed.data[0]['p10'], parsed.data[0]['p50']]).toEqual([
      '-3.5',
      '1e-7',
      '-2.5e-8',
    ]);
  });

  it('lets no cell start a formula, whatever the names hold and whatever separator splits them', () => {
    const tricky = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '=',
          '+',
          '-',
          '@',
          '\t',
          '\r',
          '\n',
          '\r\n',
          ',',
          ';',
          '"',
          ' ',
          "'",
          '1',
          '.',
          'e',
          '3',
        ),
        fc.string({ maxLength: 3 }),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        tricky,
        tricky,
        tricky,
        tricky,
        fc.double({ noNaN: true }),
        (scenario, lever, series, source, value) => {
          const p = { ...provenance, scenario, changedLevers: [lever, `${lever}: ${value}`] };
          const rows = [{ ...views[0].rows[0], series, source, value }];
          const view = { ...views[0], title: series, sources: source, rows };
          for (const text of [panelCsv(view, p), dashboardCsv([view], p)]) {
            const bad = cellsOf(text).filter(startsFormula);
            expect(bad).withContext(JSON.stringify(text)).toEqual([]);
          }
          // The data survives: papaparse reads the row back (text neutralized, the number intact),
          // unless the series starts with "#", which a reader skipping comment lines drops.
          if (series.startsWith('#')) return;
          const parsed = parse(panelCsv(view, p));
          expect(parsed.data.length).toBe(1);
          if (Number.isFinite(value)) expect(Number(parsed.data[0]['value'])).toBe(value);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/**
 * Every cell of the file as a spreadsheet could read it: the whole text split by papaparse at
 * commas, honouring quotes ("#" lines included), and each line on its own at commas, semicolons
 * and tabs, honouring quotes.
 */
function cellsOf(text: string): string[] {
  const whole = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data;
  const lines = text
    .split('\r\n')
    .flatMap((line) =>
      [',', ';', '\t'].flatMap((delimiter) => Papa.parse<string[]>(line, { delimiter }).data),
    );
  return [...whole, ...lines].flat();
}
