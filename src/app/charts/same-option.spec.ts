import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { buildPanelViews } from './panel-view';
import { sameOption } from './same-option';

describe('sameOption', () => {
  const views = (rdGrowth: number) => {
    const projection = project(INDICATORS, { ...DEFAULT_LEVERS, rdGrowth });
    return buildPanelViews(
      projection,
      GOALS,
      GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
    );
  };

  it('compares plain data by value, NaN included', () => {
    expect(
      sameOption({ a: [1, NaN, '-', { b: null }] }, { a: [1, NaN, '-', { b: null }] }),
    ).toBeTrue();
    expect(sameOption({ a: [1, 2] }, { a: [1, 3] })).toBeFalse();
    expect(sameOption({ a: 1 }, { a: 1, b: undefined })).toBeFalse();
    expect(sameOption([1], { 0: 1 })).toBeFalse();
    expect(sameOption(0, -0)).toBeFalse();
  });

  it('compares functions and class instances by reference', () => {
    const f = () => 1;
    expect(sameOption({ f }, { f })).toBeTrue();
    expect(sameOption({ f }, { f: () => 1 })).toBeFalse();
    expect(sameOption(new Date(0), new Date(0))).toBeFalse();
  });

  it('finds a rebuilt option of an unchanged panel the same, and of a changed one not', () => {
    const [rdA, , basicA] = views(8);
    const [rdB, , basicB] = views(5);
    expect(
      sameOption(
        buildPanelOption(basicA, PALETTES.light),
        buildPanelOption(basicB, PALETTES.light),
      ),
    ).toBeTrue();
    expect(
      sameOption(buildPanelOption(rdA, PALETTES.light), buildPanelOption(rdB, PALETTES.light)),
    ).toBeFalse();
    expect(
      sameOption(buildPanelOption(rdA, PALETTES.light), buildPanelOption(rdA, PALETTES.dark)),
    ).toBeFalse();
  });
});
