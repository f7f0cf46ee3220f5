import fc from 'fast-check';
import { leverValues } from './arbitraries';
import { DEFAULT_CONSTANTS } from './constants';
import { GOALS, Goal, averageGrowth, evaluateGoal, validateGoal } from './goals';
import { INDICATORS, IndicatorData, Vintage } from './indicators';
import { DEFAULT_LEVERS } from './levers';
import { project } from './project';

function goal(id: string): Goal {
  const found = GOALS.find((g) => g.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('goals', () => {
  const base = project(INDICATORS, DEFAULT_LEVERS);
  const status = (id: string, p = base) => evaluateGoal(INDICATORS, goal(id), p);

  it('has the 14th FYP growth goal met on the preliminary 2025 GERD', () => {
    const s = status('rdGrowth14FYP');
    // (3,926.2 / 2,439.31)^(1/5) − 1 = 1.60956^0.2 − 1 = 9.99%/yr: "about 10.0%" (SOURCES.md).
    expect(s.value).toBeCloseTo(averageGrowth(2439.31, 3926.2, 5), 12);
    expect(s.value).toBeCloseTo((Math.pow(3926.2 / 2439.31, 1 / 5) - 1) * 100, 12);
    expect(s.value!.toFixed(1)).toBe('10.0');
    expect(s.target).toBe(7);
    expect(s.status).toBe('met');
    expect(s.observed).toBeTrue();
    // The 2020 end is final, the 2025 end preliminary: the judgement is only as firm as the latter.
    expect(s.observedVintage).toBe('preliminary');
    // 2020 → 2021 alone grew 14.6%, so the condition first holds in 2021, on final figures.
    expect(s.firstYear).toBe(2021);
    expect(s.firstYearVintage).toBe('final');
  });

  it('has basic research missed on the preliminary 2025 figure, 8% first reached in 2032', () => {
    const s = status('basicShare2025');
    expect(s.status).toBe('missed');
    expect(s.observed).toBeTrue();
    expect(s.observedVintage).toBe('preliminary');
    expect(s.value).toBe(7.08);
    // 7.08 + 0.15 k ≥ 8 ⇔ k ≥ 6.13: k = 7, 2032.
    expect(s.firstYear).toBe(2032);
    expect(s.firstYearVintage).toBeUndefined();
  });

  it('has R&D intensity on track for 2.8% by 2030, reached on the preliminary 2025 figure', () => {
    const s = status('rdIntensity2030');
    expect(s.status).toBe('on track');
    expect(s.observed).toBeFalse();
    expect(s.observedVintage).toBeUndefined();
    expect(s.firstYear).toBe(2025);
    expect(s.firstYearVintage).toBe('preliminary');
    expect(s.value?.toFixed(2)).toBe('3.30');
  });

  it('marks goals met on observed figures', () => {
    const s = status('aiCore2025');
    expect(s.status).toBe('met');
    expect(s.observed).toBeTrue();
    expect(s.observedVintage).toBe('final');
    expect(s.value).toBe(1200);
    expect(s.firstYear).toBe(2022);
    expect(status('aiCore2030').firstYear).toBe(2025);
  });

  it('judges a past deadline on the latest vintage of its observation', () => {
    const revise = (value: number, vintage: Vintage): IndicatorData =>
      INDICATORS.map((ind) =>
        ind.id !== 'basicShare'
          ? ind
          : {
              ...ind,
              history: ind.history.map((p) =>
                p.year === 2025 ? { ...p, value, vintage, released: '2026-10', earlier: [p] } : p,
              ),
            },
      );
    const judged = (data: IndicatorData) =>
      evaluateGoal(data, goal('basicShare2025'), project(data, DEFAULT_LEVERS));
    const final = judged(revise(8.1, 'final'));
    expect(final.status).toBe('met');
    expect(final.observedVintage).toBe('final');
    expect(final.firstYear).toBe(2025);
    const restated = judged(revise(7.9, 'restated'));
    expect(restated.status).toBe('missed');
    expect(restated.observedVintage).toBe('restated');
    // Without the 2025 point the deadline is projected again: 6.88 + 0.15 = 7.03.
    const withoutIt = INDICATORS.map((ind) =>
      ind.id === 'basicShare' ? { ...ind, history: ind.history.filter((p) => p.year < 2025) } : ind,
    );
    const projected = judged(withoutIt);
    expect(projected.status).toBe('off track');
    expect(projected.observedVintage).toBeUndefined();
    expect(projected.value).toBeCloseTo(7.03, 12);
  });

  it('projects robot density past the doubling goal in 2024', () => {
    const s = status('robotDensity2025');
    expect(s.status).toBe('on track');
    expect(s.firstYear).toBe(2024);
  });

  it('compares China with the US for the model parity proxy', () => {
    const s = status('modelParity2030');
    // US 50 × 1.1⁵ = 80.53; China 30 grown at 20% × access: 84.57, so on track.
    expect(s.target).toBeCloseTo(50 * 1.1 ** 5, 9);
    expect(s.status).toBe(s.value! >= s.target! ? 'on track' : 'off track');
    expect(s.status).toBe('on track');
    const slow = evaluateGoal(
      INDICATORS,
      goal('modelParity2030'),
      project(INDICATORS, { ...DEFAULT_LEVERS, modelGrowthCN: 5 }),
    );
    expect(slow.status).toBe('off track');
    expect(slow.firstYear).toBeNull();
  });

  it('has China short of half the world’s LLMs at default levers', () => {
    const s = status('llmShare2030');
    expect(s.status).toBe('off track');
    expect(s.value).toBeLessThan(50);
  });

  it('says beyond horizon for a deadline past it', () => {
    const far: Goal = {
      ...(goal('rdIntensity2030') as Goal & { kind: 'threshold' }),
      deadline: 2038,
    };
    expect(evaluateGoal(INDICATORS, far, base).status).toBe('beyond horizon');
    expect(
      evaluateGoal(INDICATORS, far, project(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2040))
        .status,
    ).toBe('on track');
  });

  it('agrees with the deadline value for every goal and any levers', () => {
    fc.assert(
      fc.property(leverValues, (levers) => {
        const p = project(INDICATORS, levers);
        for (const g of GOALS) {
          const s = evaluateGoal(INDICATORS, g, p);
          expect(s.value).withContext(g.id).toBeDefined();
          const ok = s.value! >= s.target!;
          expect(['met', 'on track'].includes(s.status)).withContext(g.id).toBe(ok);
          if (ok) expect(s.firstYear).withContext(g.id).not.toBeNull();
          if (s.firstYear !== null && s.firstYear > g.deadline) expect(ok).toBeFalse();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('validateGoal', () => {
  const base = GOALS.find((g) => g.id === 'rdIntensity2030')!;

  it('accepts the official goals', () => {
    for (const g of GOALS) expect(validateGoal(g)).withContext(g.id).toEqual({});
  });

  it('names each problem by field', () => {
    expect(validateGoal({ ...base, name: ' ' })).toEqual({ name: 'Give the goal a name.' });
    expect(validateGoal({ ...base, deadline: 2050 })).toEqual({
      deadline: 'The deadline must be a year from 2020 to 2040.',
    });
    expect(validateGoal({ ...base, kind: 'threshold', threshold: NaN } as Goal)).toEqual({
      threshold: 'The threshold needs a number.',
    });
    const growth = GOALS.find((g) => g.id === 'rdGrowth14FYP')!;
    expect(validateGoal({ ...growth, fromYear: 2025 } as Goal)).toEqual({
      fromYear: 'The start year must come before the deadline.',
    });
    expect(validateGoal({ ...growth, indicator: 'llmsCN', fromYear: 2021 } as Goal)).toEqual({
      fromYear: 'The start year must have data (from 2025).',
    });
    const parity = GOALS.find((g) => g.id === 'modelParity2030')!;
    expect(validateGoal({ ...parity, other: 'notableModelsCN' } as Goal)).toEqual({
      other: 'Compare with another projected indicator.',
    });
  });
});
