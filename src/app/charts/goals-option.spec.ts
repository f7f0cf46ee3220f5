import { goalGap } from '../model/goal-sensitivity';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { goalRow } from './goal-rows';
import { buildGoalsOption, statusColor } from './goals-option';
import { PALETTES } from './palette';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('buildGoalsOption', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const rows = GOALS.map((g) => {
    const status = evaluateGoal(INDICATORS, g, projection);
    return goalRow(g, status, 2035, goalGap(INDICATORS, g, projection, status.firstYear));
  });
  const option = buildGoalsOption(rows, PALETTES.light) as AnyRecord;

  it('lists the goals top to bottom in table order, by short name', () => {
    expect([...option['yAxis'].data].reverse()).toEqual(GOALS.map((g) => g.short));
  });

  it('draws each goal as its percentage of target, coloured by status, with the target at 100%', () => {
    const bars = option['series'][0];
    const intensity =
      bars.data[GOALS.length - 1 - GOALS.findIndex((g) => g.id === 'rdIntensity2030')];
    expect(intensity.value).toBeCloseTo(
      rows.find((r) => r.id === 'rdIntensity2030')!.progress!,
      12,
    );
    expect(intensity.itemStyle.color).toBe(statusColor('on track', PALETTES.light));
    expect(bars.markLine.data).toEqual([{ xAxis: 100 }]);
    expect(statusColor('off track', PALETTES.light)).not.toBe(
      statusColor('on track', PALETTES.light),
    );
  });
});
