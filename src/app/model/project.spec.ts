import fc from 'fast-check';
import { leverValues, horizon as horizonArb, leverValue } from './arbitraries';
import { DEFAULT_CONSTANTS } from './constants';
import { INDICATORS, INDICATOR_BY_ID, IndicatorId, primaryHistory } from './indicators';
import { DEFAULT_LEVERS, LEVER_BY_ID, LeverId, LeverValues } from './levers';
import { FIRST_YEAR, LEVER_EFFECTS, Projection, project, valueAt } from './project';

function at(p: Projection, id: IndicatorId, year: number): number {
  const value = valueAt(p, id, year);
  if (value === undefined) throw new Error(`${id} has no value in ${year}`);
  return value;
}

function pow(base: number, n: number): number {
  let r = 1;
  for (let i = 0; i < n; i++) r *= base;
  return r;
}

describe('project (MODEL.md v1)', () => {
  const base = project(INDICATORS, DEFAULT_LEVERS);
  // The /model page: GDP anchors at the last year with both GERD and intensity, 2025 preliminary.
  const gdp2025 = 3926.2 / (2.8 / 100);

  it('grows R&D spending from the preliminary 2025 figure at rdGrowth', () => {
    expect(at(base, 'rdSpend', 2024)).toBe(3632.68);
    expect(at(base, 'rdSpend', 2025)).toBe(3926.2);
    expect(at(base, 'rdSpend', 2026)).toBe(3926.2 * 1.08);
    // 3,926.2 × 1.08⁵ = 3,926.2 × 1.4693280768 = 5,768.88 bn yuan.
    expect(at(base, 'rdSpend', 2030)).toBeCloseTo(3926.2 * 1.08 ** 5, 9);
    expect(at(base, 'rdSpend', 2030).toFixed(2)).toBe('5768.88');
    const fast = project(INDICATORS, { ...DEFAULT_LEVERS, rdGrowth: 10 });
    expect(at(fast, 'rdSpend', 2030)).toBeCloseTo(3926.2 * 1.1 ** 5, 9);
  });

  it('anchors the GDP helper on the 2025 GERD and intensity', () => {
    expect(at(base, 'gdp', 2025)).toBe(gdp2025);
    expect(at(base, 'gdp', 2025).toFixed(1)).toBe('140221.4');
    expect(valueAt(base, 'gdp', 2024)).toBeUndefined();
    expect(INDICATOR_BY_ID.gdp.definition).toContain('(2025: 3,926.2 / 0.0280)');
  });

  it('computes R&D intensity from R&D spending over nominal GDP', () => {
    expect(at(base, 'gdp', 2026)).toBeCloseTo(gdp2025 * 1.045, 9);
    expect(at(base, 'rdIntensity', 2024)).toBe(2.69);
    expect(at(base, 'rdIntensity', 2025)).toBe(2.8);
    // The anchor makes 2025 exactly 2.8%, so 2030 = 2.8 × (1.08 / 1.045)⁵ = 2.8 × 1.17906 = 3.30%.
    const expected2030 = ((3926.2 * pow(1.08, 5)) / (gdp2025 * pow(1.045, 5))) * 100;
    expect(at(base, 'rdIntensity', 2030)).toBeCloseTo(expected2030, 12);
    expect(at(base, 'rdIntensity', 2030)).toBeCloseTo(2.8 * (1.08 / 1.045) ** 5, 12);
    expect(at(base, 'rdIntensity', 2030).toFixed(2)).toBe('3.30');
  });

  it('adds the basic-research share gain each year from the preliminary 7.08% of 2025', () => {
    expect(at(base, 'basicShare', 2025)).toBe(7.08);
    expect(at(base, 'basicShare', 2026)).toBeCloseTo(7.23, 12);
    expect(at(base, 'basicShare', 2030)).toBeCloseTo(7.08 + 5 * 0.15, 12);
  });

  it('derives substitution and compute access, 1.0 at default levers in 2024', () => {
    expect(at(base, 'computeAccess', 2024)).toBeCloseTo(1, 12);
    expect(at(base, 'domesticShare', 2026)).toBeCloseTo(32, 12);
    const c2026 = 1 - 0.6 * (1 - 0.3) * (1 - 0.32);
    expect(at(base, 'computeAccess', 2026)).toBeCloseTo(c2026 / 0.664, 12);
    const full = project(INDICATORS, { ...DEFAULT_LEVERS, domesticChipGain: 20 });
    expect(at(full, 'domesticShare', 2028)).toBe(100);
    expect(at(full, 'computeAccess', 2030)).toBeCloseTo(1 / 0.664, 12);
  });

  it('adds universities per year after 2024 and interpolates the 2022–2023 gap', () => {
    expect(at(base, 'aiUniversities', 2022)).toBeCloseTo(440 + 92 / 3, 12);
    expect(at(base, 'aiUniversities', 2025)).toBe(562);
    expect(at(base, 'aiUniversities', 2030)).toBe(532 + 6 * 30);
  });

  it('lags graduates behind universities by talentLag years', () => {
    expect(at(base, 'aiGraduates', 2022)).toBe(35 * 60);
    expect(at(base, 'aiGraduates', 2026)).toBeCloseTo((440 + 92 / 3) * 60, 9);
    expect(at(base, 'aiGraduates', 2029)).toBe(562 * 60);
    expect(valueAt(base, 'aiGraduates', 2021)).toBeUndefined();
  });

  it('grows the core AI industry from the 2025 MIIT figure, scaled by access and talent', () => {
    expect(at(base, 'aiCoreIndustry', 2025)).toBe(1200);
    const access2026 = at(base, 'computeAccess', 2026);
    expect(at(base, 'aiCoreIndustry', 2026)).toBeCloseTo(1200 * (1 + 0.2 * access2026), 9);
  });

  it('shows a change in universities per year in the AI industry only after the lag', () => {
    const more = project(INDICATORS, { ...DEFAULT_LEVERS, aiProgramsPerYear: 100 });
    for (const year of [2026, 2027, 2028]) {
      expect(at(more, 'aiCoreIndustry', year)).toBe(at(base, 'aiCoreIndustry', year));
    }
    const talent2029 = Math.sqrt((532 + 100) / (532 + 30));
    const expected2029 =
      at(more, 'aiCoreIndustry', 2028) * (1 + 0.2 * at(more, 'computeAccess', 2029) * talent2029);
    expect(at(more, 'aiCoreIndustry', 2029)).toBeCloseTo(expected2029, 9);
  });

  it('scales the talent factor by graduates per program with elasticity 0.5', () => {
    const more = project(INDICATORS, { ...DEFAULT_LEVERS, graduatesPerProgram: 120 });
    const expected2026 = 1200 * (1 + 0.2 * at(more, 'computeAccess', 2026) * Math.sqrt(2));
    expect(at(more, 'aiCoreIndustry', 2026)).toBeCloseTo(expected2026, 9);
  });

  it('projects notable models for China with access and for the US without', () => {
    // AI Index 2026: US 50, China 30 in 2025.
    expect(at(base, 'notableModelsUS', 2025)).toBe(50);
    expect(at(base, 'notableModelsUS', 2030)).toBeCloseTo(50 * pow(1.1, 5), 9);
    expect(at(base, 'notableModelsCN', 2025)).toBe(30);
    let cn = 30;
    for (let year = 2026; year <= 2030; year++) cn *= 1 + 0.2 * at(base, 'computeAccess', year);
    expect(at(base, 'notableModelsCN', 2030)).toBeCloseTo(cn, 9);
  });

  it('projects LLMs from the WAIC 2025 figures with the price-war exit, world = China + rest', () => {
    const cn2026 = 1509 * (1 + 0.4 * at(base, 'computeAccess', 2026)) * 0.95;
    const world2026 = cn2026 + (3755 - 1509) * 1.35;
    expect(at(base, 'llmsCN', 2026)).toBeCloseTo(cn2026, 9);
    expect(at(base, 'llmsWorld', 2026)).toBeCloseTo(world2026, 9);
    expect(at(base, 'llmShareCN', 2026)).toBeCloseTo((cn2026 / world2026) * 100, 9);
    expect(at(base, 'llmShareCN', 2025)).toBeCloseTo((1509 / 3755) * 100, 12);
  });

  it('reproduces the IFR robot density for 2021–2023 within 0.5%', () => {
    const d = [246, 322, 402, 470];
    const installs = [168400, 268200, 290144, 276288];
    for (let i = 1; i < d.length; i++) {
      const modelled = d[i - 1] * (1 - 0.07) + installs[i] / 2875;
      expect(Math.abs(modelled / d[i] - 1)).toBeLessThan(0.005);
    }
    expect(at(base, 'robotDensity', 2024)).toBeCloseTo(470 * 0.93 + 295000 / 2875, 9);
    expect(at(base, 'robotInstalls', 2025)).toBeCloseTo(295000 * 1.07, 9);
  });

  it('runs to the horizon and no further', () => {
    const p = project(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2040);
    expect(p.series.rdSpend.at(-1)?.year).toBe(2040);
    expect(base.series.rdSpend.at(-1)?.year).toBe(2035);
    expect(base.series.rdSpend[0].year).toBe(2026);
    expect(base.values.rdSpend.length).toBe(2035 - FIRST_YEAR + 1);
  });

  it('keeps history-only series unprojected', () => {
    expect(base.series.programsAdded).toEqual([]);
    expect(valueAt(base, 'programsCancelled', 2025)).toBeUndefined();
  });
});

describe('project properties', () => {
  const growthLevers: readonly [LeverId, readonly IndicatorId[]][] = [
    ['rdGrowth', ['rdSpend', 'rdIntensity']],
    ['gdpGrowth', ['gdp']],
    ['basicShareGain', ['basicShare']],
    ['aiProgramsPerYear', ['aiUniversities', 'aiGraduates', 'aiCoreIndustry']],
    ['graduatesPerProgram', ['aiGraduates', 'aiCoreIndustry']],
    ['aiIndustryGrowth', ['aiCoreIndustry']],
    ['domesticChipGain', ['computeAccess', 'aiCoreIndustry', 'notableModelsCN', 'llmsCN']],
    ['computeWorkaround', ['computeAccess', 'aiCoreIndustry', 'notableModelsCN', 'llmsCN']],
    ['modelGrowthCN', ['notableModelsCN']],
    ['modelGrowthUS', ['notableModelsUS']],
    ['llmGrowthCN', ['llmsCN', 'llmsWorld', 'llmShareCN']],
    ['llmGrowthRW', ['llmsWorld']],
    ['robotGrowth', ['robotInstalls', 'robotDensity']],
  ];

  for (const [leverId, indicators] of growthLevers) {
    it(`never lowers ${indicators.join(', ')} when ${leverId} rises`, () => {
      const lever = LEVER_BY_ID[leverId];
      fc.assert(
        fc.property(
          leverValues,
          leverValue(lever),
          leverValue(lever),
          horizonArb,
          (levers, a, b, horizon) => {
            const [lo, hi] = a <= b ? [a, b] : [b, a];
            const low = project(
              INDICATORS,
              { ...levers, [leverId]: lo },
              DEFAULT_CONSTANTS,
              horizon,
            );
            const high = project(
              INDICATORS,
              { ...levers, [leverId]: hi },
              DEFAULT_CONSTANTS,
              horizon,
            );
            for (const id of indicators) {
              low.values[id].forEach((value, i) => {
                if (!Number.isNaN(value))
                  expect(high.values[id][i]).toBeGreaterThanOrEqual(value * (1 - 1e-12));
              });
            }
          },
        ),
        { numRuns: 50 },
      );
    });
  }

  it('never lowers access, the AI industry or LLMs when export controls ease', () => {
    fc.assert(
      fc.property(leverValues, leverValue(LEVER_BY_ID.exportControls), (levers, other) => {
        const [lo, hi] = [
          Math.min(levers.exportControls, other),
          Math.max(levers.exportControls, other),
        ];
        const eased = project(INDICATORS, { ...levers, exportControls: lo });
        const tight = project(INDICATORS, { ...levers, exportControls: hi });
        for (const id of ['computeAccess', 'aiCoreIndustry', 'llmsCN'] as const) {
          tight.values[id].forEach((value, i) => {
            if (!Number.isNaN(value))
              expect(eased.values[id][i]).toBeGreaterThanOrEqual(value * (1 - 1e-12));
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('changes no indicator outside LEVER_EFFECTS when a lever moves', () => {
    const leverIds = Object.keys(LEVER_EFFECTS) as LeverId[];
    fc.assert(
      fc.property(
        leverValues,
        fc
          .constantFrom(...leverIds)
          .chain((id) => fc.tuple(fc.constant(id), leverValue(LEVER_BY_ID[id]))),
        horizonArb,
        (levers, [id, value], horizon) => {
          const before = project(INDICATORS, levers, DEFAULT_CONSTANTS, horizon);
          const after = project(INDICATORS, { ...levers, [id]: value }, DEFAULT_CONSTANTS, horizon);
          for (const indicator of INDICATORS) {
            if (LEVER_EFFECTS[id].includes(indicator.id)) continue;
            expect(Array.from(after.values[indicator.id]))
              .withContext(`${id} moved ${indicator.id}`)
              .toEqual(Array.from(before.values[indicator.id]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never alters history, whatever the levers and horizon', () => {
    fc.assert(
      fc.property(leverValues, horizonArb, (levers: LeverValues, horizon: number) => {
        const p = project(INDICATORS, levers, DEFAULT_CONSTANTS, horizon);
        for (const indicator of INDICATORS) {
          for (const point of primaryHistory(indicator)) {
            expect(valueAt(p, indicator.id, point.year)).toBe(point.value);
          }
        }
        // The pack itself is untouched too.
        expect(INDICATOR_BY_ID.rdSpend.history[12].value).toBe(3632.68);
      }),
      { numRuns: 200 },
    );
  });

  it('gives no NaN, infinite or negative value for any levers in range', () => {
    fc.assert(
      fc.property(leverValues, horizonArb, (levers, horizon) => {
        const p = project(INDICATORS, levers, DEFAULT_CONSTANTS, horizon);
        for (const indicator of INDICATORS) {
          for (const { year, value } of p.series[indicator.id]) {
            expect(Number.isFinite(value)).withContext(`${indicator.id} ${year}`).toBeTrue();
            expect(value).withContext(`${indicator.id} ${year}`).toBeGreaterThanOrEqual(0);
          }
          if (indicator.projection !== 'none') {
            expect(p.series[indicator.id].at(-1)?.year).withContext(indicator.id).toBe(horizon);
          }
        }
        for (const { value } of p.series.llmShareCN) expect(value).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});

describe('clampShare', () => {
  it('keeps a share within 0–100%', () => {
    const shrinking = project(
      INDICATORS,
      { ...DEFAULT_LEVERS, basicShareGain: -0.5 },
      DEFAULT_CONSTANTS,
      2040,
    );
    // From 7.08% (2025) at −0.5 pp/yr: 0.08% in 2039, below zero (clamped) in 2040.
    expect(valueAt(shrinking, 'basicShare', 2040)).toBe(0);
    expect(valueAt(shrinking, 'basicShare', 2039)).toBeCloseTo(7.08 - 14 * 0.5, 12);
  });
});
