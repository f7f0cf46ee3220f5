import { formatNumber } from '../format/number';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { barsWithEffect, tornado } from '../model/goal-sensitivity';
import { GOALS } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS, LEVERS } from '../model/levers';
import { PALETTES } from './palette';
import { TORNADO_LABEL_WIDTH, buildTornadoOption, tornadoHeight } from './tornado-option';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('buildTornadoOption', () => {
  const goal = GOALS.find((g) => g.id === 'aiCore2030')!;
  const t = tornado(INDICATORS, goal, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035);

  it('names every lever in full, wrapping a long label instead of cutting it', () => {
    const option = buildTornadoOption(t, 'bn yuan', PALETTES.light) as AnyRecord;
    const labels: string[] = option['yAxis'].data;
    expect([...labels].sort()).toEqual(LEVERS.map((l) => l.label).sort());
    expect(labels).toContain('Universities adding an AI major per year');
    expect(option['yAxis'].axisLabel.overflow).toBe('break');
    expect(option['yAxis'].axisLabel.width).toBe(TORNADO_LABEL_WIDTH);
  });

  it('draws only the bars it is given, widest at the top', () => {
    const shown = { ...t, bars: barsWithEffect(t) };
    const option = buildTornadoOption(shown, 'bn yuan', PALETTES.dark) as AnyRecord;
    expect(option['yAxis'].data.length).toBe(shown.bars.length);
    expect(shown.bars.length).toBeLessThan(LEVERS.length);
    // ECharts draws categories bottom-up: the widest bar is the last category.
    expect(option['series'][0].data.at(-1).lever).toBe(shown.bars[0].lever);
  });

  it('reads to three significant figures in its tooltips', () => {
    const option = buildTornadoOption(t, 'bn yuan', PALETTES.light) as AnyRecord;
    const bar = option['series'][1].data.at(-1);
    const text = (option['tooltip'].formatter({ data: bar }) as HTMLElement).textContent!;
    expect(text).toContain(`deadline value ${formatNumber(bar.outcome)} bn yuan`);
    expect(text).not.toMatch(/\d\.\d{4}/);
  });

  it('grows with the number of levers so each wrapped label keeps its row', () => {
    expect(tornadoHeight(15)).toBeGreaterThan(tornadoHeight(3));
    expect(tornadoHeight(0)).toBe(tornadoHeight(1));
    expect((tornadoHeight(15) - tornadoHeight(14)) / 2).toBeGreaterThanOrEqual(13);
  });
});
