import fc from 'fast-check';
import { goalRow } from '../../charts/goal-rows';
import { PANEL_SPECS } from '../../charts/panel-specs';
import { DEFAULT_CONSTANTS } from '../../model/constants';
import { goalGap } from '../../model/goal-sensitivity';
import { GOALS, Goal, evaluateGoal } from '../../model/goals';
import { INDICATORS } from '../../model/indicators';
import { DEFAULT_LEVERS } from '../../model/levers';
import { FIRST_YEAR, project } from '../../model/project';
import { TARGET_SOURCES } from '../../model/sources';
import { goalCard, goalTrace, panelOf, pathShare, selectGoalCards } from './goal-cards.selectors';

describe('goal card selectors', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035);
  const byId = (id: string) => GOALS.find((g) => g.id === id)!;
  const cardOf = (goal: Goal, probability: number | null, paths: number | null = 2000) => {
    const status = evaluateGoal(INDICATORS, goal, projection);
    const outlook = goalGap(INDICATORS, goal, projection, status.firstYear);
    const row = goalRow(goal, status, 2035, outlook, probability);
    return goalCard(goal, row, status, projection, paths);
  };

  it('gives a projected goal its word and P(met) with the number of paths', () => {
    const card = cardOf(byId('rdIntensity2030'), 0.94);
    expect(card.word).toBe('likely');
    expect(card.probability).toBe('P(met) 94% · 2,000 paths');
    expect(card.atDeadline).toMatch(/^2030, projected: [\d.]+ against ≥ 2\.8% of GDP$/);
  });

  it('has no word and no probability until the run for the inputs in force is in', () => {
    const card = cardOf(byId('rdIntensity2030'), null, null);
    expect(card.word).toBeNull();
    expect(card.probability).toBeNull();
  });

  it('judges an observed deadline by the observation, naming a preliminary figure', () => {
    const card = cardOf(byId('basicShare2025'), 0);
    expect(card.word).toBe('missed');
    expect(card.probability).toBeNull();
    expect(card.atDeadline).toMatch(/^2025, observed \(preliminary\): [\d.]+ against ≥ 8%$/);
  });

  it('says the unit once, in three significant figures, and names what a parity goal is against', () => {
    const parity = cardOf(byId('modelParity2030'), 0.5);
    expect(parity.atDeadline).toMatch(
      /^2030, projected: [\d,.]+ against ≥ [\d,.]+ models\/yr \(Notable AI models, US\)$/,
    );
    const growth = cardOf(byId('rdGrowth14FYP'), 1);
    expect(growth.atDeadline).toMatch(/against ≥ 7%\/yr, average since 2020$/);
    const custom: Goal = {
      ...byId('aiCore2030'),
      id: 'custom-huge',
      type: 'custom',
      source: TARGET_SOURCES.analystGoal,
      kind: 'threshold',
      comparison: '>=',
      threshold: 1e308,
    } as Goal;
    expect(cardOf(custom, 0).atDeadline).toMatch(/against ≥ 1E308 bn yuan$/);
  });

  it('says a deadline past the horizon is past it, with no probability', () => {
    const late: Goal = { ...byId('rdIntensity2030'), id: 'late', deadline: 2040 } as Goal;
    const card = cardOf(late, 0.5);
    expect(card.word).toBe('beyond horizon');
    expect(card.probability).toBe('Deadline 2040 is past the horizon');
    expect(card.trace.mark).toBeNull();
  });

  it('links each goal to the panel that draws its indicator', () => {
    expect(panelOf(byId('rdIntensity2030'))).toEqual({
      id: 'rd',
      title: 'R&D spending and intensity',
    });
    expect(panelOf(byId('aiCore2025'))!.id).toBe('aiIndustry');
    expect(panelOf(byId('llmShare2030'))!.id).toBe('llms');
    for (const goal of GOALS) {
      const panel = PANEL_SPECS.find((p) => p.id === panelOf(goal)!.id)!;
      expect(panel.series.map((s) => s.indicator)).toContain(goal.indicator);
    }
  });

  it('traces the indicator observed then projected, joined, and the target up to the horizon', () => {
    const trace = goalTrace(byId('rdIntensity2030'), projection);
    const lastObserved = trace.observed.at(-1)!;
    expect(trace.observed[0].year).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(trace.projected[0]).toEqual(lastObserved);
    expect(trace.projected.at(-1)!.year).toBe(2035);
    expect(new Set(trace.target.map((p) => p.value))).toEqual(new Set([2.8]));
    expect(trace.mark).toEqual({ year: 2030, value: 2.8 });
  });

  it('draws a parity goal’s target as the other series and a growth goal’s as the path it asks for', () => {
    const parity = goalTrace(byId('modelParity2030'), projection);
    expect(parity.mark!.value).toBe(projection.values.notableModelsUS[2030 - FIRST_YEAR]);
    const growth = goalTrace(byId('rdGrowth14FYP'), projection);
    const start = projection.values.rdSpend[2020 - FIRST_YEAR];
    expect(growth.target[0]).toEqual({ year: 2020, value: start });
    expect(growth.mark!.year).toBe(2025);
    expect(growth.mark!.value).toBeCloseTo(start * 1.07 ** 5, 6);
    expect(growth.target.at(-1)!.year).toBe(2025);
  });

  it('never rounds a share of paths to all or none when it is not', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        const text = pathShare(share);
        if (share < 1) expect(text).not.toBe('100%');
        if (share > 0) expect(text).not.toBe('0%');
        expect(text).toMatch(/^(<1|>99|\d{1,3})%$/);
      }),
    );
  });

  it('builds one card per goal in force, in order, with the run’s number of paths', () => {
    const goals = GOALS.slice(0, 3);
    const statuses = goals.map((g) => evaluateGoal(INDICATORS, g, projection));
    const rows = goals.map((g, i) =>
      goalRow(g, statuses[i], 2035, goalGap(INDICATORS, g, projection, statuses[i].firstYear), 0.5),
    );
    const cards = selectGoalCards.projector(goals, rows, statuses, projection, {
      paths: 500,
      seed: 1,
      horizon: 2035,
      bands: {},
      goalProbability: {},
      compareProbability: [],
    } as never);
    expect(cards.map((c) => c.id)).toEqual(goals.map((g) => g.id));
    expect(cards.map((c) => c.probability)).toContain('P(met) 50% · 500 paths');
  });
});
