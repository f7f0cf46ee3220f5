import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { OTHER_PUBLISHERS, PANEL_SPECS, PROJECTION_SOURCE } from './panel-specs';
import { PanelView, buildPanelViews } from './panel-view';

describe('panel views', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const statuses = GOALS.map((g) => evaluateGoal(INDICATORS, g, projection));
  const views = buildPanelViews(projection, GOALS, statuses);
  const view = (id: string): PanelView => views.find((v) => v.id === id)!;

  it('builds the eight chart panels of PRODUCT.md in order', () => {
    expect(views.map((v) => v.id)).toEqual(PANEL_SPECS.map((s) => s.id));
    expect(views.length).toBe(8);
  });

  it('puts the unrounded model values in the data rows, marked projected', () => {
    const rows = view('rd').rows.filter((r) => r.series === 'R&D spending (GERD)');
    const r2026 = rows.find((r) => r.year === 2026)!;
    expect(r2026.value).toBe(3926.2 * 1.08);
    expect(r2026.kind).toBe('projected');
    expect(r2026.source).toBe(PROJECTION_SOURCE);
    const r2025 = rows.find((r) => r.year === 2025)!;
    expect(r2025.value).toBe(3926.2);
    expect(r2025.kind).toBe('observed');
    expect(r2025.source).toContain('NBS');
    const r2024 = rows.find((r) => r.year === 2024)!;
    expect(r2024.kind).toBe('observed');
    expect(r2024.source).toContain('NBS');
    expect(rows.find((r) => r.year === 2015)!.source).toContain('(derived)');
    expect(rows.at(-1)!.year).toBe(2035);
  });

  it('has one row per series and year, matching the chart points', () => {
    for (const v of views) {
      const points = v.series.reduce((n, s) => n + s.observed.length + s.projected.length, 0);
      expect(v.rows.length).withContext(v.id).toBe(points);
      const keys = new Set(v.rows.map((r) => `${r.series}|${r.year}`));
      expect(keys.size).withContext(v.id).toBe(v.rows.length);
    }
  });

  it('keeps the CNNIC figure apart from the primary AI industry series', () => {
    const v = view('aiIndustry');
    const main = v.series.find((s) => s.key === 'aiCoreIndustry')!;
    expect(main.observed.map((p) => p.value)).toEqual([508, 578, 900, 1200]);
    expect(main.observed.map((p) => p.label)).toEqual(['CAICT', 'MIIT', 'CAICT', 'MIIT']);
    const other = v.series.find((s) => s.key === 'aiCoreIndustry:reported')!;
    expect(other.type).toBe('scatter');
    expect(other.legend).toBe(OTHER_PUBLISHERS);
    expect(other.observed).toEqual([
      jasmine.objectContaining({ year: 2024, value: 700, label: 'CNNIC' }),
    ]);
  });

  it('labels each reported LLM point with its publisher and starts the projection from WAIC 2025', () => {
    const v = view('llms');
    const cn = v.series.find((s) => s.key === 'llmsCN')!;
    expect(cn.observed).toEqual([
      jasmine.objectContaining({ year: 2025, value: 1509, label: 'WAIC' }),
    ]);
    const reported = v.series.find((s) => s.key === 'llmsCN:reported')!;
    expect(reported.observed.map((p) => p.label)).toEqual(['CCID', 'CAICT']);
    expect(cn.projected[0].year).toBe(2026);
  });

  it('marks the goals on their indicators as targets', () => {
    expect(view('rd').targets).toEqual([
      jasmine.objectContaining({ goalId: 'rdIntensity2030', year: 2030, value: 2.8, axis: 1 }),
    ]);
    expect(view('aiIndustry').targets.map((t) => t.value)).toEqual([400, 1000]);
    const parity = view('notableModels').targets[0];
    expect(parity.goalId).toBe('modelParity2030');
    // US: 50 (AI Index 2026) × 1.1⁵.
    expect(parity.value).toBeCloseTo(50 * 1.1 ** 5, 9);
    expect(view('compute').targets).toEqual([]);
  });

  it('attaches the article’s claims to their panels', () => {
    expect(view('llms').claims.map((c) => c.status)).toEqual(['partly supported']);
    expect(view('rd').claims.map((c) => c.id)).toEqual(['rdInvestment']);
  });

  it('runs the years from the first point to the horizon', () => {
    expect(view('rd').years[0]).toBe(2012);
    expect(view('rd').years.at(-1)).toBe(2035);
    expect(view('robotics').years[0]).toBe(2020);
    expect(view('rd').axes).toEqual(['bn yuan', '% of GDP']);
  });
});
