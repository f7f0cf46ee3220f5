import { GOALS, evaluateGoal } from '../../model/goals';
import { DEFAULT_LEVERS } from '../../model/levers';
import { project } from '../../model/project';
import { goalRow } from './goal-rows';

describe('goalRow', () => {
  const projection = project(DEFAULT_LEVERS);
  const row = (id: string) => {
    const goal = GOALS.find((g) => g.id === id)!;
    return goalRow(goal, evaluateGoal(goal, projection), 2035);
  };

  it('states value, target, gap and first year with units', () => {
    const r = row('rdIntensity2030');
    expect(r.status).toBe('on track');
    expect(r.value).toBe('3.28% of GDP (projected)');
    expect(r.target).toBe('≥ 2.8% of GDP');
    expect(r.gap).toBe('+0.48% of GDP');
    expect(r.firstYear).toBe('2026');
    expect(r.progress).toBeCloseTo((projection.values.rdIntensity[2030 - 2012] / 2.8) * 100, 9);
  });

  it('says when a goal is not reached by the horizon and shows a negative gap', () => {
    const r = row('llmShare2030');
    expect(r.status).toBe('off track');
    expect(r.gap.startsWith('−')).toBeTrue();
    const basic = row('basicShare2025');
    expect(basic.firstYear).toBe('2032');
    expect(basic.gap).toBe('−0.97%');
  });

  it('measures growth goals in %/yr and names the other side of a parity goal', () => {
    expect(row('rdGrowth14FYP').target).toBe('≥ 7%/yr');
    expect(row('modelParity2030').target).toContain('(Notable AI models, US)');
    expect(row('aiCore2025').value).toBe('1,200 bn yuan (observed)');
    expect(row('aiCore2025').type).toBe('official');
    expect(row('llmShare2030').type).toBe('analyst proxy');
  });
});
