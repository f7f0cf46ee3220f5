import fc from 'fast-check';
import { formatDelta } from '../format/number';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS, GoalStatus, GoalStatusKind, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS, LEVER_BY_ID, LeverValues } from '../model/levers';
import { project } from '../model/project';
import { STATUS_WORDS } from '../model/status-word';
import { ComparisonTable, compareRows, deltaText, deltaUnit, outcomeWord } from './compare-rows';
import { PALETTES, scenarioStyles } from './palette';

const RD = GOALS.find((g) => g.id === 'rdIntensity2030')!;

function table(
  scenarios: readonly { name: string; levers: LeverValues }[],
  probabilities: readonly (number | null)[] = scenarios.map(() => null),
): ComparisonTable {
  const projections = scenarios.map((s) => project(INDICATORS, s.levers, DEFAULT_CONSTANTS, 2035));
  return {
    names: scenarios.map((s) => s.name),
    styles: scenarioStyles(PALETTES.light, scenarios.length),
    levers: (['rdGrowth', 'gdpGrowth'] as const).map((id) => ({
      lever: LEVER_BY_ID[id],
      values: scenarios.map((s) => s.levers[id]),
    })),
    outcomes: GOALS.map((goal) => ({
      goal,
      statuses: projections.map((p) => evaluateGoal(INDICATORS, goal, p)),
      probabilities: scenarios.map((_, i) => probabilities[i] ?? null),
    })),
    paths: probabilities.some((p) => p !== null) ? 2000 : null,
  };
}

const status = (kind: GoalStatusKind, value?: number): GoalStatus => ({
  goalId: 'g',
  status: kind,
  value,
  target: 1,
  observed: kind === 'met' || kind === 'missed',
  firstYear: null,
});

describe('compareRows', () => {
  const baseline = { name: 'Baseline', levers: DEFAULT_LEVERS };
  const push = { name: 'Push', levers: { ...DEFAULT_LEVERS, rdGrowth: 12, gdpGrowth: 3 } };

  it('gives each lever the difference of every scenario from the first, signed, in its unit', () => {
    const rows = compareRows(table([baseline, push, baseline]));
    const rd = rows.levers.find((r) => r.id === 'rdGrowth')!;
    expect(rd.cells.map((c) => c.value)).toEqual([8, 12, 8]);
    expect(rd.cells.map((c) => c.isDefault)).toEqual([true, false, true]);
    // A change of a rate in %/yr is in percentage points: "+4%/yr" would read as relative.
    expect(rd.deltas).toEqual(['+4 pp/yr', '0']);
    expect(rows.levers.find((r) => r.id === 'gdpGrowth')!.deltas[0]).toBe('−1.5 pp/yr');
  });

  it('gives each goal its deadline value against the first scenario, to three significant figures', () => {
    const t = table([baseline, push]);
    const [first, second] = t.outcomes.find((o) => o.goal.id === RD.id)!.statuses;
    const row = compareRows(t).outcomes.find((r) => r.id === RD.id)!;
    expect(row.deltas).toEqual([`${formatDelta(second.value! - first.value!)} pp of GDP`]);
    // Faster R&D raises intensity; three significant figures, not the float's seventeen.
    expect(row.deltas[0]).toMatch(/^\+[\d.]+ pp of GDP$/);
    expect(row.deltas[0].replace(/\D/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(3);
  });

  it('words a projected goal by P(met) once simulated, else by whether the projection reaches it', () => {
    expect(outcomeWord(status('on track', 3), 0.52)).toBe('about as likely as not');
    expect(outcomeWord(status('on track', 3), 0.95)).toBe('likely');
    expect(outcomeWord(status('off track', 3), 0.1)).toBe('unlikely');
    expect(outcomeWord(status('on track', 3), null)).toBe('reached');
    expect(outcomeWord(status('off track', 3), null)).toBe('not reached');
    expect(outcomeWord(status('missed', 3), null)).toBe('missed');
    expect(outcomeWord(status('beyond horizon'), 0.9)).toBe('beyond horizon');
  });

  it('marks the goals whose status word differs, and only those', () => {
    const rows = compareRows(table([baseline, push], [0.5, 0.9]));
    const rd = rows.outcomes.find((r) => r.id === RD.id)!;
    expect(rd.cells.map((c) => c.word)).toEqual(['about as likely as not', 'likely']);
    expect(rd.differs).toBeTrue();
    expect(rd.cells.map((c) => c.probability)).toEqual(['50%', '90%']);
    const same = compareRows(table([baseline, baseline], [0.5, 0.5]));
    expect(same.outcomes.some((r) => r.differs)).toBeFalse();
  });

  it('never says "on track" or "off track", and flags a difference exactly when the words differ', () => {
    const kinds: GoalStatusKind[] = ['met', 'missed', 'on track', 'off track', 'beyond horizon'];
    const cell = fc.record({
      kind: fc.constantFrom(...kinds),
      value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
      p: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (cells) => {
        const t: ComparisonTable = {
          names: cells.map((_, i) => `S${i}`),
          styles: scenarioStyles(PALETTES.dark, cells.length),
          levers: [],
          outcomes: [
            {
              goal: RD,
              statuses: cells.map((c) => status(c.kind, c.value)),
              probabilities: cells.map((c) => c.p),
            },
          ],
          paths: null,
        };
        const row = compareRows(t).outcomes[0];
        const words = row.cells.map((c) => c.word);
        const allowed = [...STATUS_WORDS, 'reached', 'not reached'];
        return (
          words.every((w) => allowed.includes(w)) &&
          row.differs === new Set(words).size > 1 &&
          row.deltas.length === cells.length - 1 &&
          row.deltas.every((d, i) => {
            const [a, b] = [cells[0].value, cells[i + 1].value];
            if (a === undefined || b === undefined) return d === '–';
            const diff = b - a;
            return d.startsWith(diff > 0 ? '+' : diff < 0 ? '−' : '0') && !d.startsWith('-');
          })
        );
      }),
    );
  });

  it('writes no difference where a side has no value, and percentage differences in points', () => {
    expect(deltaText(undefined, 3, '%')).toBe('–');
    expect(deltaText(3, undefined, 'models')).toBe('–');
    expect(deltaText(1500, 1200, 'bn yuan')).toBe('+300 bn yuan');
    expect(deltaUnit('%')).toBe('pp');
    expect(deltaUnit('per 10k workers')).toBe('per 10k workers');
    expect(deltaText(0.9, 0.6, '0–1')).toBe('+0.3');
  });
});
