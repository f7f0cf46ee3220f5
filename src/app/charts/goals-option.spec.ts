import { goalGap } from '../model/goal-sensitivity';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { STATUS_WORDS, StatusWord } from '../model/status-word';
import { goalRow } from './goal-rows';
import {
  GOALS_CHART_NOTE,
  PROGRESS_CAP,
  buildGoalsOption,
  goalsSummary,
  statusColor,
} from './goals-option';
import { PALETTES } from './palette';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('buildGoalsOption', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const rows = GOALS.map((g) => {
    const status = evaluateGoal(INDICATORS, g, projection);
    const p = g.id === 'rdIntensity2030' ? 0.94 : null;
    return goalRow(g, status, 2035, goalGap(INDICATORS, g, projection, status.firstYear), p);
  });
  const option = buildGoalsOption(rows, PALETTES.light) as AnyRecord;

  it('lists the goals top to bottom in table order, by short name', () => {
    expect([...option['yAxis'].data].reverse()).toEqual(GOALS.map((g) => g.short));
  });

  it('draws each goal as its percentage of target, coloured by its word, with the target at 100%', () => {
    const bars = option['series'][0];
    const intensity =
      bars.data[GOALS.length - 1 - GOALS.findIndex((g) => g.id === 'rdIntensity2030')];
    expect(intensity.value).toBeCloseTo(
      rows.find((r) => r.id === 'rdIntensity2030')!.progress!,
      12,
    );
    expect(intensity.itemStyle.color).toBe(statusColor('likely', PALETTES.light));
    expect(bars.markLine.data).toEqual([{ xAxis: 100 }]);
    const colours = STATUS_WORDS.map((w) => statusColor(w, PALETTES.light));
    expect(new Set(colours).size).toBe(STATUS_WORDS.length);
    // No word yet: the neutral colour, never one a word would claim.
    const llm = bars.data[GOALS.length - 1 - GOALS.findIndex((g) => g.id === 'llmShare2030')];
    expect(llm.itemStyle.color).toBe(PALETTES.light.axis);
  });

  it('says what 100% means, and caps a bar far past its target while its label stays exact', () => {
    expect(option['xAxis'].name).toBe('% of target at the deadline');
    expect(GOALS_CHART_NOTE).toContain('100% = target reached');
    expect(GOALS_CHART_NOTE).toContain('A growth goal compares rates');
    expect(GOALS_CHART_NOTE).toContain(`Bars stop at ${PROGRESS_CAP}%`);
    const far = { ...rows[0], progress: 1234.5 };
    const capped = buildGoalsOption([far, rows[1]], PALETTES.light) as AnyRecord;
    const bar = capped['series'][0].data[1];
    expect(bar.value).toBe(PROGRESS_CAP);
    expect(bar.label.formatter).toBe('1,230% ▸');
    expect(capped['xAxis'].max({ max: PROGRESS_CAP })).toBe(PROGRESS_CAP);
    expect(option['xAxis'].max({ max: 120 })).toBe(150);
  });
});

describe('goalsSummary', () => {
  it('counts the goals by word, naming only the words in use and the ones pending', () => {
    const words: (StatusWord | null)[] = ['met', 'met', 'missed', 'likely', 'unlikely', null];
    expect(goalsSummary(words.map((word) => ({ word })))).toBe(
      '6 goals: 2 met, 1 missed, 1 likely, 1 unlikely, 1 simulating…',
    );
    expect(goalsSummary([{ word: 'about as likely as not' }])).toBe(
      '1 goal: 1 about as likely as not',
    );
    expect(goalsSummary([])).toBe('0 goals');
  });
});
