import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { exportOption, footnoteSpace } from './export-option';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { buildPanelViews } from './panel-view';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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
    expect(exported['title'][0].text).toBe('R&D spending and intensity');
    expect(exported['title'][0].subtext).toBe('Baseline · model v1');
    expect(exported['title'].length).toBe(1);
    expect(exported['backgroundColor']).toBe(PALETTES.dark.background);
    expect(exported['animation']).toBeFalse();
    expect(exported['series']).toBe(screen['series']);
    expect(exported['grid'].top).toBe(screen['grid'].top + 80);
    expect(exported['title'][0].subtextStyle.width).toBe(464);
  });

  it('moves only the upper plot of a stacked panel down; footnotes lift both plots alike', () => {
    const robotics = buildPanelViews(
      p,
      GOALS,
      GOALS.map((g) => evaluateGoal(INDICATORS, g, p)),
    ).find((v) => v.id === 'robotics')!;
    interface Grids {
      grid: { top?: number }[];
    }
    const stacked = buildPanelOption(robotics, PALETTES.light, 480, 460) as unknown as Grids;
    const out = exportOption(
      stacked as unknown as Record<string, unknown>,
      robotics.title,
      '',
      PALETTES.light,
      480,
    ) as unknown as Grids;
    expect(out.grid[0].top).toBe(stacked.grid[0].top! + 80);
    expect(out.grid[1]).toEqual(stacked.grid[1]);
    const noted = exportOption(
      stacked as unknown as Record<string, unknown>,
      robotics.title,
      '',
      PALETTES.light,
      480,
      ['1. a footnote'],
    ) as unknown as { grid: { bottom: number }[] };
    const lift = footnoteSpace(['1. a footnote'], 480);
    expect(noted.grid.map((g) => g.bottom)).toEqual(
      (stacked.grid as { bottom?: number }[]).map((g) => g.bottom! + lift),
    );
  });

  it('writes the claim footnotes under the plot, with room for them', () => {
    const note = view.claims.map((c) => `${c.number}. ${c.footnote}`);
    const out = exportOption(screen, view.title, '', PALETTES.dark, 480, note) as AnyRecord;
    expect(out['title'][1].subtext).toMatch(
      /^1\. China "investing handsomely in R&D" — the article/,
    );
    expect(out['title'][1].bottom).toBe(4);
    expect(out['grid'].bottom).toBe(screen['grid'].bottom + footnoteSpace(note, 480));
    expect(footnoteSpace(note, 480)).toBeGreaterThan(14 * 2);
  });
});
