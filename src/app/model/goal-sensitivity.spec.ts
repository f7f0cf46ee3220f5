import fc from 'fast-check';
import { DEFAULT_CONSTANTS } from './constants';
import {
  Z90,
  barsWithEffect,
  goalGap,
  goalMet,
  goalSeek,
  plausibilityWarnings,
  tornado,
} from './goal-sensitivity';
import { GOALS, Goal, evaluateGoal } from './goals';
import { INDICATORS } from './indicators';
import { DEFAULT_LEVERS, LEVERS, LEVER_BY_ID, LeverValues } from './levers';
import { LEVER_EFFECTS, project, projectValues } from './project';

const goal = (id: string): Goal => GOALS.find((g) => g.id === id)!;
const met = (g: Goal, levers: LeverValues) =>
  goalMet(g, { values: projectValues(INDICATORS, levers, DEFAULT_CONSTANTS, 2035) });

describe('goal gap', () => {
  const base = project(INDICATORS, DEFAULT_LEVERS);

  it('compares the growth needed from the last observation with the projected growth', () => {
    const g = goal('robotDensity2025');
    const gap = goalGap(INDICATORS, g, base, evaluateGoal(INDICATORS, g, base).firstYear);
    expect(gap.baseYear).toBe(2023);
    expect(gap.neededGrowth).toBeCloseTo((Math.sqrt(492 / 470) - 1) * 100, 9);
    // 2024: 470 × 0.93 + 295,000 / 2,875; 2025: that × 0.93 + 295,000 × 1.07 / 2,875.
    const d2025 = (470 * 0.93 + 295000 / 2875) * 0.93 + (295000 * 1.07) / 2875;
    expect(gap.projectedGrowth).toBeCloseTo((Math.sqrt(d2025 / 470) - 1) * 100, 9);
    expect(gap.yearsAheadOrBehind).toBe(-1);
  });

  it('says years ahead for a goal reached early', () => {
    const g = goal('rdIntensity2030');
    const gap = goalGap(INDICATORS, g, base, evaluateGoal(INDICATORS, g, base).firstYear);
    // 2.80% in 2025 (preliminary) already meets 2.8%: five years ahead, no growth needed.
    expect(gap.baseYear).toBe(2025);
    expect(gap.yearsAheadOrBehind).toBe(-5);
    expect(gap.neededGrowth).toBeCloseTo(0, 9);
    expect(gap.projectedGrowth).toBeCloseTo((1.08 / 1.045 - 1) * 100, 9);
  });

  it('has no growth figures once the deadline is observed', () => {
    const g = goal('aiCore2025');
    expect(goalGap(INDICATORS, g, base, 2022)).toEqual({
      neededGrowth: null,
      projectedGrowth: null,
      yearsAheadOrBehind: -3,
      baseYear: 2025,
    });
    expect(goalGap(INDICATORS, goal('basicShare2025'), base, 2032)).toEqual({
      neededGrowth: null,
      projectedGrowth: null,
      yearsAheadOrBehind: 7,
      baseYear: 2025,
    });
  });
});

describe('tornado', () => {
  it('moves each lever by ±1.2816σ, clamped, and sorts by spread', () => {
    const t = tornado(INDICATORS, goal('rdIntensity2030'), DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035);
    expect(t.bars.length).toBe(15);
    for (let i = 1; i < t.bars.length; i++)
      expect(t.bars[i - 1].spread).toBeGreaterThanOrEqual(t.bars[i].spread);
    expect(
      t.bars
        .slice(0, 2)
        .map((b) => b.lever)
        .sort(),
    ).toEqual(['gdpGrowth', 'rdGrowth']);
    const rd = t.bars.find((b) => b.lever === 'rdGrowth')!;
    expect(rd.lowValue).toBeCloseTo(8 - Z90 * 1.5, 12);
    expect(rd.atHigh).toBeGreaterThan(t.base);
    expect(rd.atLow).toBeLessThan(t.base);
    expect(t.bars.find((b) => b.lever === 'robotGrowth')!.spread).toBe(0);
  });

  it('clamps at the range ends', () => {
    const t = tornado(
      INDICATORS,
      goal('llmShare2030'),
      { ...DEFAULT_LEVERS, priceWarExit: 0 },
      DEFAULT_CONSTANTS,
      2035,
    );
    const exit = t.bars.find((b) => b.lever === 'priceWarExit')!;
    expect(exit.lowValue).toBe(0);
    expect(exit.highValue).toBeCloseTo(Z90 * 0.05, 12);
  });
});

describe('levers with an effect', () => {
  it('keeps the levers that move the goal and drops those that cannot', () => {
    const t = tornado(INDICATORS, goal('rdIntensity2030'), DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035);
    expect(barsWithEffect(t).map((b) => b.lever)).toEqual(
      t.bars.filter((b) => b.lever === 'rdGrowth' || b.lever === 'gdpGrowth').map((b) => b.lever),
    );
  });

  it('never keeps a lever that does not enter the goal, and keeps every visible spread', () => {
    const leverArb = fc.record(
      Object.fromEntries(
        LEVERS.map((l) => [l.id, fc.double({ min: l.min, max: l.max, noNaN: true })]),
      ) as { [K in keyof LeverValues]: fc.Arbitrary<number> },
    );
    fc.assert(
      fc.property(fc.constantFrom(...GOALS), leverArb, (g, levers) => {
        const t = tornado(INDICATORS, g, levers, DEFAULT_CONSTANTS, 2035);
        const kept = barsWithEffect(t);
        const ids = [g.indicator, ...(g.kind === 'parity' ? [g.other] : [])];
        const enters = (lever: keyof LeverValues) =>
          LEVER_EFFECTS[lever].some((id) => ids.includes(id));
        const scale = Math.max(Math.abs(t.base), 1e-12);
        return (
          kept.every((b) => enters(b.lever)) &&
          t.bars
            .filter((b) => b.spread > 1e-6 * scale)
            .every((b) => kept.some((k) => k.lever === b.lever))
        );
      }),
      { numRuns: 60 },
    );
  });

  it('keeps nothing when no lever moves the goal', () => {
    const t = tornado(INDICATORS, goal('rdIntensity2030'), DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035);
    const flat = {
      ...t,
      bars: t.bars.map((b) => ({ ...b, atLow: t.base, atHigh: t.base, spread: 0 })),
    };
    expect(barsWithEffect(flat)).toEqual([]);
  });
});

describe('goal-seek', () => {
  it('finds the smallest R&D growth that meets the 2030 intensity goal, to the lever’s step', () => {
    const g = goal('rdIntensity2030');
    const slow = { ...DEFAULT_LEVERS, rdGrowth: 0 };
    const result = goalSeek(INDICATORS, g, 'rdGrowth', slow, DEFAULT_CONSTANTS, 2035);
    expect(result.reachable).toBeTrue();
    if (!result.reachable) return;
    expect(met(g, { ...slow, rdGrowth: result.value })).toBeTrue();
    expect(met(g, { ...slow, rdGrowth: result.value - LEVER_BY_ID.rdGrowth.step })).toBeFalse();
    // 2.80 × ((1 + g) / 1.045)^5 ≥ 2.8  ⇔  g ≥ 4.5%: R&D must keep pace with GDP.
    expect(result.value).toBe(4.5);
  });

  it('searches downwards when less of a lever helps', () => {
    const g = goal('rdIntensity2030');
    const result = goalSeek(
      INDICATORS,
      g,
      'gdpGrowth',
      { ...DEFAULT_LEVERS, rdGrowth: 5, gdpGrowth: 6 },
      DEFAULT_CONSTANTS,
      2035,
    );
    expect(result.reachable).toBeTrue();
    if (!result.reachable) return;
    expect(met(g, { ...DEFAULT_LEVERS, rdGrowth: 5, gdpGrowth: result.value })).toBeTrue();
    expect(met(g, { ...DEFAULT_LEVERS, rdGrowth: 5, gdpGrowth: result.value + 0.1 })).toBeFalse();
  });

  it('says when a goal is already met or out of reach', () => {
    expect(
      goalSeek(
        INDICATORS,
        goal('rdIntensity2030'),
        'rdGrowth',
        DEFAULT_LEVERS,
        DEFAULT_CONSTANTS,
        2035,
      ),
    ).toEqual({
      reachable: true,
      value: 8,
      alreadyMet: true,
    });
    expect(
      goalSeek(
        INDICATORS,
        goal('basicShare2025'),
        'robotGrowth',
        DEFAULT_LEVERS,
        DEFAULT_CONSTANTS,
        2035,
      ),
    ).toEqual({ reachable: false });
  });

  it('cannot reach the basic research goal once its deadline is observed', () => {
    const result = goalSeek(
      INDICATORS,
      goal('basicShare2025'),
      'basicShareGain',
      DEFAULT_LEVERS,
      DEFAULT_CONSTANTS,
      2035,
    );
    // The 2025 figure is observed (7.08%, preliminary): no lever changes a past deadline.
    expect(result).toEqual({ reachable: false });
  });
});

describe('plausibility warnings', () => {
  const warningsFor = (levers: LeverValues, horizon = 2035) =>
    plausibilityWarnings(
      INDICATORS,
      levers,
      project(INDICATORS, levers, DEFAULT_CONSTANTS, horizon),
    ).map((w) => w.id);

  it('has none at default levers', () => {
    expect(warningsFor(DEFAULT_LEVERS)).toEqual([]);
  });

  it('flags severe controls with a large workaround as contradictory', () => {
    expect(warningsFor({ ...DEFAULT_LEVERS, exportControls: 0.8, computeWorkaround: 0.7 })).toEqual(
      ['controlsVsWorkaround'],
    );
    expect(
      warningsFor({ ...DEFAULT_LEVERS, exportControls: 0.75, computeWorkaround: 0.7 }),
    ).toEqual([]);
  });

  it('flags a rise of R&D intensity above 0.25 pp in a year', () => {
    expect(warningsFor({ ...DEFAULT_LEVERS, rdGrowth: 15, gdpGrowth: 0 })).toContain(
      'intensityJump',
    );
  });

  it('says when a share is clamped', () => {
    expect(warningsFor({ ...DEFAULT_LEVERS, basicShareGain: -0.5 }, 2040)).toContain(
      'shareClamped',
    );
  });
});
