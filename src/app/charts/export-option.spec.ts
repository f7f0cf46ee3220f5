import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { exportOption } from './export-option';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { buildPanelViews } from './panel-view';

describe('exportOption', () => {
  const p = project(INDICATORS, DEFAULT_LEVERS);
  const view = buildPanelViews(
    p,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, p)),
  )[0];
  const screen = buildPanelOption(view, PALETTES.dark) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const exported = exportOption(
    screen,
    view.title,
    'Baseline · model v1',
    PALETTES.dark,
    480,
  ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('adds the title and provenance, a solid background and no animation, keeping the series', () => {
    expect(exported['title'].text).toBe('R&D spending and intensity');
    expect(exported['title'].subtext).toBe('Baseline · model v1');
    expect(exported['backgroundColor']).toBe(PALETTES.dark.background);
    expect(exported['animation']).toBeFalse();
    expect(exported['series']).toBe(screen['series']);
    expect(exported['grid'].top).toBe(screen['grid'].top + 80);
    expect(exported['title'].subtextStyle.width).toBe(464);
  });

  it('moves only the upper plot of a stacked panel down, the lower one keeps its place', () => {
    const robotics = buildPanelViews(
      p,
      GOALS,
      GOALS.map((g) => evaluateGoal(INDICATORS, g, p)),
    ).find((v) => v.id === 'robotics')!;
    interface Grids {
      grid: { top?: number }[];
    }
    const stacked = buildPanelOption(robotics, PALETTES.light) as unknown as Grids;
    const out = exportOption(
      stacked as unknown as Record<string, unknown>,
      robotics.title,
      '',
      PALETTES.light,
      480,
    ) as unknown as Grids;
    expect(out.grid[0].top).toBe(stacked.grid[0].top! + 80);
    expect(out.grid[1]).toEqual(stacked.grid[1]);
  });
});
