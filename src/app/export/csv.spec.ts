import Papa from 'papaparse';
import { buildPanelViews } from '../charts/panels';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS, evaluateGoal } from '../model/goals';
import { DEFAULT_LEVERS } from '../model/levers';
import { runMonteCarlo, summarize } from '../model/monte-carlo';
import { project } from '../model/project';
import { dashboardCsv, panelCsv } from './csv';
import { Provenance } from './provenance';

describe('CSV export', () => {
  const projection = project(DEFAULT_LEVERS);
  const mc = summarize(runMonteCarlo(DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS, { paths: 200, seed: 42 }));
  const views = buildPanelViews(projection, GOALS, GOALS.map((g) => evaluateGoal(g, projection)), mc);
  const provenance: Provenance = {
    scenario: '=HYPERLINK("x") <b>name</b>',
    exportedAt: '2026-11-28T12:00:00.000Z',
    modelVersion: 1,
    changedLevers: ['R&D spending growth (nominal): 10 %/yr'],
    link: 'http://127.0.0.1:4300/?v=1&rdGrowth=10',
  };
  const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, comments: '#', skipEmptyLines: true });

  it('holds every row of the panel’s data table, unrounded, with a provenance header', () => {
    const text = panelCsv(views[0], provenance);
    expect(text.split('\r\n').slice(0, 6)).toEqual([
      '# Scenario: =HYPERLINK("x") <b>name</b>',
      '# Exported: 2026-11-28T12:00:00.000Z',
      '# Model version: 1',
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

  it('puts every panel in one long CSV for the whole dashboard', () => {
    const parsed = parse(dashboardCsv(views, provenance));
    expect(parsed.data.length).toBe(views.reduce((n, v) => n + v.rows.length, 0));
    expect(new Set(parsed.data.map((r) => r['panel'])).size).toBe(8);
  });

  it('escapes cells a spreadsheet would run as a formula', () => {
    const evil = { ...views[0], rows: [{ ...views[0].rows[0], series: '=1+2', source: '@SUM(A1)' }] };
    const parsed = parse(panelCsv(evil, provenance));
    expect(parsed.data[0]['series']).toBe("'=1+2");
    expect(parsed.data[0]['source']).toBe("'@SUM(A1)");
  });

  it('keeps formulas out of header lines and of cells split at semicolons or tabs', () => {
    const named = { ...provenance, scenario: 'x,=HYPERLINK("http://evil") ;+1;\t-2, @cmd' };
    const evil = { ...views[0], rows: [{ ...views[0].rows[0], series: 'a;=1+2', source: 'b\t=3' }] };
    const text = panelCsv(evil, named);
    expect(text.split('\r\n')[0]).toBe(`# Scenario: x,'=HYPERLINK("http://evil") ;'+1;\t'-2, '@cmd`);
    // Split as a spreadsheet would (by commas, semicolons or tabs): no piece starts a formula.
    for (const line of text.split('\r\n').filter((l) => l.startsWith('#'))) {
      for (const piece of line.split(/[,;\t]/)) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
    }
    const row = text.split('\r\n').find((l) => l.includes('a;=1+2'));
    expect(row).toContain('"a;=1+2"');
    expect(row).toContain('"b\t=3"');
    const parsed = parse(text);
    expect(parsed.data[0]['series']).toBe('a;=1+2');
  });
});
