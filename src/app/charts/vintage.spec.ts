import { GOALS, evaluateGoal } from '../model/goals';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import {
  PRELIMINARY_VALUE,
  REVISED_2024,
  preliminaryIndicators,
} from '../model/testing/preliminary-pack';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { Item } from './panel-series';
import { tooltipLines } from './panel-tooltip';
import { buildPanelViews } from './panel-view';
import { pointVintage, preliminaryNote, vintageText } from './vintage';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('vintages on the charts and in the data table', () => {
  const indicators = preliminaryIndicators();
  const projection = project(indicators, DEFAULT_LEVERS);
  const views = buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(indicators, g, projection)),
  );
  const rd = views.find((v) => v.id === 'rd')!;
  const spend = rd.series.find((s) => s.key === 'rdSpend')!;
  const last = spend.observed.at(-1)!;

  it('words a vintage for the tooltip and lists earlier ones unrounded', () => {
    const rdSpend = indicators.find((i) => i.id === 'rdSpend')!;
    const revised = rdSpend.history.find((p) => p.value === REVISED_2024)!;
    expect(pointVintage(revised).earlier).toMatch(
      /^3632\.68 \(preliminary, released 2025-01-20\)$/,
    );
    expect(vintageText({ vintage: 'preliminary', released: '2026-01-19' })).toBe(
      'preliminary, released 19 Jan 2026',
    );
  });

  it('notes preliminary points only where a panel has some', () => {
    expect(preliminaryNote([{ year: 2024, vintage: 'final' }])).toBeNull();
    expect(
      preliminaryNote([
        { year: 2025, vintage: 'preliminary' },
        { year: 2025, vintage: 'preliminary' },
      ]),
    ).toBe('Hollow marker, “p”: preliminary figure (2025), to be revised by its publisher.');
  });

  it('carries the vintage on observed points and says so in the panel’s note and summary', () => {
    expect(last.value).toBe(PRELIMINARY_VALUE);
    expect(last.vintage).toEqual({ vintage: 'preliminary', released: '2026-01-19', earlier: '' });
    expect(spend.projected.every((p) => p.vintage === undefined)).toBeTrue();
    expect(rd.note).toContain('preliminary figure (2025)');
    expect(rd.summary).toContain(rd.note!);
    expect(views.find((v) => v.id === 'talent')!.note).toBeNull();
  });

  it('gives the data rows vintage and release, and keeps a revised point’s earlier vintage', () => {
    const rows = rd.rows.filter((r) => r.series === spend.name);
    const row = (year: number) => rows.find((r) => r.year === year && r.kind === 'observed')!;
    expect(row(2025).vintage!.vintage).toBe('preliminary');
    expect(row(2025).vintage!.released).toBe('2026-01-19');
    expect(row(2024).value).toBe(REVISED_2024);
    expect(row(2024).vintage!.earlier).toContain('3632.68 (preliminary');
    expect(rows.filter((r) => r.kind === 'projected').every((r) => !r.vintage)).toBeTrue();
  });

  it('draws the preliminary bar hollow with a “p” tag, the final ones as before', () => {
    const option = buildPanelOption(rd, PALETTES.light) as AnyRecord;
    const years = option['xAxis']['data'] as string[];
    const bars = (option['series'] as AnyRecord[]).find((s) => s['id'] === 'rdSpend')!;
    const prelim = bars['data'][years.indexOf('2025')] as Item & AnyRecord;
    expect(prelim.itemStyle).toEqual(
      jasmine.objectContaining({ color: PALETTES.light.background, borderWidth: 2 }),
    );
    expect(prelim.label).toEqual(jasmine.objectContaining({ show: true, formatter: 'p' }));
    expect(bars['data'][years.indexOf('2024')].itemStyle).toBeUndefined();
    expect(bars['data'][years.indexOf('2024')].label).toBeUndefined();
  });

  it('says “preliminary, released 19 Jan 2026” in the tooltip, nothing extra for final points', () => {
    const option = buildPanelOption(rd, PALETTES.light) as AnyRecord;
    const years = option['xAxis']['data'] as string[];
    const bars = (option['series'] as AnyRecord[]).find((s) => s['id'] === 'rdSpend')!;
    const text = (year: string) =>
      tooltipLines([{ axisValueLabel: year, data: bars['data'][years.indexOf(year)] }])
        .flatMap((l) => l.segments.map((s) => s.text))
        .join('');
    expect(text('2025')).toContain('(observed; preliminary, released 19 Jan 2026)');
    expect(text('2024')).toContain('(observed)');
    expect(text('2024')).not.toContain('released');
  });

  it('draws a preliminary point on a line hollow', () => {
    const intensity = indicators.map((i) =>
      i.id === 'rdIntensity'
        ? {
            ...i,
            history: i.history.map((p, n, all) =>
              n === all.length - 1 ? { ...p, vintage: 'preliminary' as const } : p,
            ),
          }
        : i,
    );
    const p = project(intensity, DEFAULT_LEVERS);
    const view = buildPanelViews(
      p,
      GOALS,
      GOALS.map((g) => evaluateGoal(intensity, g, p)),
    )[0];
    const option = buildPanelOption(view, PALETTES.dark) as AnyRecord;
    const line = (option['series'] as AnyRecord[]).find((s) => s['id'] === 'rdIntensity:observed')!;
    const drawn = (line['data'] as (AnyRecord | string)[]).filter(
      (d): d is AnyRecord => typeof d === 'object',
    );
    // Hollow on either theme: filled with the background (ECharts fills "emptyCircle" white).
    const [settled, prelim] = [drawn.at(-2)!, drawn.at(-1)!];
    expect(prelim['symbol']).toBe('circle');
    expect(prelim['itemStyle']).toEqual({
      color: PALETTES.dark.background,
      borderColor: line['color'],
      borderWidth: 2,
    });
    expect(prelim['label']).toEqual(jasmine.objectContaining({ show: true, formatter: 'p' }));
    // The settled points beside it are filled with the series colour.
    expect(line['symbol']).toBe('circle');
    expect(settled['symbol']).toBeUndefined();
    expect(settled['itemStyle']).toBeUndefined();
    // The projection joins it without a marker of its own over the hollow one.
    const projected = (option['series'] as AnyRecord[]).find(
      (s) => s['id'] === 'rdIntensity:projected',
    )!;
    const years = option['xAxis']['data'] as string[];
    expect(projected['data'][years.indexOf('2025')]).toEqual(
      jasmine.objectContaining({ bridge: true, symbol: 'none' }),
    );
  });

  it('puts the “p” tag below a point where a target sits above it in that year', () => {
    const option = (id: string) =>
      buildPanelOption(
        views.find((v) => v.id === id)!,
        PALETTES.light,
      ) as AnyRecord;
    const labelAt = (o: AnyRecord, seriesId: string, year: string) =>
      (o['series'] as AnyRecord[]).find((s) => s['id'] === seriesId)!['data'][
        (o['xAxis']['data'] as string[]).indexOf(year)
      ]['label'];
    // Basic research: 7.08% (2025, preliminary) under the 8% goal for 2025.
    expect(labelAt(option('basic'), 'basicShare:observed', '2025')).toEqual(
      jasmine.objectContaining({ formatter: 'p', position: 'bottom' }),
    );
    // R&D intensity: the goal is for 2030, so the 2025 tag stays above the point.
    expect(labelAt(option('rd'), 'rdIntensity:observed', '2025')).toEqual(
      jasmine.objectContaining({ formatter: 'p', position: 'top' }),
    );
  });
});
