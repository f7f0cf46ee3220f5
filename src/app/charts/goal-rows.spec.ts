import { DEFAULT_CONSTANTS } from '../model/constants';
import { goalGap } from '../model/goal-sensitivity';
import { GOALS, Goal, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { goalRow, outcomeText } from './goal-rows';

describe('goalRow', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const row = (id: string) => {
    const goal = GOALS.find((g) => g.id === id)!;
    const status = evaluateGoal(INDICATORS, goal, projection);
    return goalRow(
      goal,
      status,
      2035,
      goalGap(INDICATORS, goal, projection, status.firstYear),
      id === 'rdIntensity2030' ? 0.8 : null,
    );
  };

  it('states value, target, gap and first year with units', () => {
    const r = row('rdIntensity2030');
    expect(r.status).toBe('on track');
    // 2.8 × (1.08 / 1.045)⁵ = 3.3014: 3.3% to three significant digits, 0.50 above the target.
    expect(r.value).toBe('3.3% of GDP (projected)');
    expect(r.target).toBe('≥ 2.8% of GDP');
    expect(r.gap).toBe('+0.501% of GDP');
    expect(r.firstYear).toBe('2025 (preliminary figure)');
    expect(r.word).toBe('likely');
    expect(r.verdict).toBe('likely');
    expect(r.basis).toBeNull();
    expect(r.probabilityText).toBe('80%');
    expect(r.progress).toBeCloseTo((projection.values.rdIntensity[2030 - 2012] / 2.8) * 100, 9);
  });

  it('says when a goal is not reached by the horizon and shows a negative gap', () => {
    const r = row('llmShare2030');
    expect(r.status).toBe('off track');
    // Not simulated: no word the probability might contradict.
    expect(r.word).toBeNull();
    expect(r.verdict).toBe('simulating…');
    expect(r.probabilityText).toBeNull();
    expect(r.gap.startsWith('−')).toBeTrue();
    const basic = row('basicShare2025');
    expect(basic.firstYear).toBe('2032');
    // 7.08 − 8 on the preliminary 2025 figure.
    expect(basic.gap).toBe('−0.92%');
  });

  it('shows no gap for a value equal to its target but for rounding noise', () => {
    const goal = GOALS.find((g) => g.id === 'rdIntensity2030')!;
    // R&D growing as fast as GDP keeps the 2.8% of 2025: 2.8 × (1.045 / 1.045)⁵.
    const even = project(INDICATORS, { ...DEFAULT_LEVERS, rdGrowth: 4.5 });
    const status = evaluateGoal(INDICATORS, goal, even);
    expect(goalRow(goal, status, 2035, goalGap(INDICATORS, goal, even, 2025)).gap).toBe(
      '+0% of GDP',
    );
  });

  it('names the vintage a passed deadline was judged on', () => {
    const basic = row('basicShare2025');
    expect(basic.status).toBe('missed');
    expect(basic.word).toBe('missed');
    expect(basic.verdict).toBe('missed on the preliminary 2025 figure');
    expect(basic.basis).toBe('on the preliminary 2025 figure');
    expect(basic.value).toBe('7.08% (observed, preliminary)');
    const growth = row('rdGrowth14FYP');
    expect(growth.status).toBe('met');
    expect(growth.verdict).toBe('met on the preliminary 2025 figure');
    // (3,926.2 / 2,439.31)^(1/5) − 1 = 9.99%/yr.
    expect(growth.value).toBe('9.99%/yr (observed, preliminary)');
    expect(row('aiCore2025').verdict).toBe('met on the final 2025 figure');
  });

  it('measures growth goals in %/yr and names the other side of a parity goal', () => {
    expect(row('rdGrowth14FYP').target).toBe('≥ 7%/yr');
    expect(row('modelParity2030').target).toContain('(Notable AI models, US)');
    expect(row('aiCore2025').value).toBe('1,200 bn yuan (observed, final)');
    expect(row('aiCore2025').type).toBe('official');
    expect(row('llmShare2030').type).toBe('analyst proxy');
  });
});

describe('goal outlook and probability', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const row = (id: string, p: number | null = null) => {
    const goal = GOALS.find((g) => g.id === id)!;
    const status = evaluateGoal(INDICATORS, goal, projection);
    return goalRow(goal, status, 2035, goalGap(INDICATORS, goal, projection, status.firstYear), p);
  };

  it('says how far ahead or behind and what growth it takes', () => {
    expect(row('rdIntensity2030').aheadBehind).toBe('5 years ahead');
    expect(row('basicShare2025').aheadBehind).toBe('7 years behind (2032)');
    // Observed at its deadline: there is no growth left to need.
    expect(row('basicShare2025').growth).toBe('–');
    // √(492 / 470) − 1 = 2.31%; √(611.72 / 470) − 1 = 14.08%, one decimal (density 2025: MODEL.md).
    expect(row('robotDensity2025').growth).toBe(
      'needs at least +2.3%/yr 2023–2025 to reach the target; projected +14.1%/yr',
    );
    expect(row('llmShare2030').aheadBehind).toBe('4 years behind (2034)');
  });

  it('words a projected goal by P(met), shown beside it without crossing a threshold', () => {
    const at = (p: number) => row('rdIntensity2030', p);
    expect([0.1, 0.5, 0.8].map((p) => at(p).word)).toEqual([
      'unlikely',
      'about as likely as not',
      'likely',
    ]);
    expect(at(0.3295).probabilityText).toBe('32.95%');
    expect(at(0.3295).word).toBe('unlikely');
    expect(row('rdIntensity2030').word).toBeNull();
    // An observed deadline keeps its own word, and no P(met) beside it.
    expect(row('basicShare2025', 0).probabilityText).toBeNull();
  });
});

describe('outcomeText', () => {
  it('gives the word with P(met), the observed verdict, or the central projection while pending', () => {
    expect(outcomeText({ status: 'off track', probability: 0.52 }, 2030)).toBe(
      'about as likely as not, P(met) 52%',
    );
    expect(outcomeText({ status: 'on track', probability: 0.2 }, 2030)).toBe(
      'unlikely, P(met) 20%',
    );
    expect(
      outcomeText({ status: 'missed', observedVintage: 'preliminary', probability: 0 }, 2025),
    ).toBe('missed on the preliminary 2025 figure');
    expect(outcomeText({ status: 'beyond horizon', probability: null }, 2040)).toBe(
      'beyond horizon',
    );
    expect(outcomeText({ status: 'on track', probability: null }, 2030)).toBe(
      'the central projection reaches the target in 2030; P(met) simulating…',
    );
    expect(
      outcomeText({ status: 'off track', probability: null }, 2030).replace('P(met)', ''),
    ).not.toMatch(/\b(met|likely)\b/);
  });
});

describe('goal beyond the horizon', () => {
  it('states no probability', () => {
    const projection = project(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2030);
    const goal = { ...GOALS.find((g) => g.id === 'rdIntensity2030')!, deadline: 2038 } as Goal;
    const status = evaluateGoal(INDICATORS, goal, projection);
    const row = goalRow(
      goal,
      status,
      2030,
      goalGap(INDICATORS, goal, projection, status.firstYear),
      0,
    );
    expect(row.status).toBe('beyond horizon');
    expect(row.probability).toBeNull();
    expect(row.word).toBe('beyond horizon');
    expect(row.probabilityText).toBeNull();
  });
});
