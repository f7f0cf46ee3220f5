/**
 * One vocabulary that never contradicts the probability (PRODUCT.md, "The answer first"): over many
 * lever settings, every text that words a goal (table row, pack review line, chart summary and so
 * slide and deck caption, goals chart summary, step-through) says "met" only of an observed
 * deadline, and "likely", "about as likely as not" or "unlikely" only where P(met) says so.
 */
import fc from 'fast-check';
import { horizon as anyHorizon, leverValues } from '../model/arbitraries';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { goalGap } from '../model/goal-sensitivity';
import { GOALS, Goal, GoalStatus, GoalStatusKind, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { runMonteCarlo } from '../model/monte-carlo';
import { project } from '../model/project';
import { LIKELY_FROM, StatusWord, UNLIKELY_BELOW } from '../model/status-word';
import { statusText } from './chart-summaries';
import { goalRow, outcomeText } from './goal-rows';
import { goalsSummary } from './goals-option';
import { PANEL_SPECS } from './panel-specs';
import { buildPanelViews } from './panel-view';
import { stepThrough } from './step-through';

/** A goal due after most horizons drawn, so "beyond horizon" comes up too. */
const LATE: Goal = {
  ...GOALS.find((g) => g.id === 'rdIntensity2030')!,
  id: 'late',
  name: 'R&D intensity ≥ 3.2% of GDP by 2038',
  type: 'custom',
  threshold: 3.2,
  deadline: 2038,
} as Goal;
const GOAL_LIST = [...GOALS, LATE];

const PROJECTED: readonly GoalStatusKind[] = ['on track', 'off track'];

/** The words a text uses, longest first so "about as likely as not" is not read as "likely". */
function wordsIn(text: string): Set<StatusWord> {
  const found = new Set<StatusWord>();
  let rest = text.replace(/P\(met\)/g, '');
  for (const [word, pattern] of [
    ['about as likely as not', /about as likely as not/g],
    ['unlikely', /\bunlikely\b/g],
    ['likely', /\blikely\b/g],
    ['met', /\bmet\b/g],
    ['missed', /\bmissed\b/g],
  ] as const) {
    if (pattern.test(rest)) found.add(word);
    rest = rest.replace(pattern, '');
  }
  return found;
}

/** The P(met) a text shows, as a reader takes it ("<1%" just below 1%). */
function sharesIn(text: string): number[] {
  return [...text.matchAll(/P\(met\) ([<>]?)(\d+(?:\.\d+)?)%/g)].map(([, side, value]) => {
    const share = Number(value) / 100;
    return side === '<' ? share - 1e-9 : side === '>' ? share + 1e-9 : share;
  });
}

function band(p: number): StatusWord {
  return p >= LIKELY_FROM ? 'likely' : p < UNLIKELY_BELOW ? 'unlikely' : 'about as likely as not';
}

/** What one goal's text may say, given its status and P(met). */
function expectHonest(text: string, status: GoalStatus, p: number | null): void {
  const context = `${status.goalId} ${status.status} P=${p}: "${text}"`;
  const words = wordsIn(text);
  const projected = PROJECTED.includes(status.status);
  if (words.has('met')) expect(status.status).withContext(context).toBe('met');
  if (words.has('missed')) expect(status.status).withContext(context).toBe('missed');
  for (const word of ['likely', 'about as likely as not', 'unlikely'] as const) {
    if (!words.has(word)) continue;
    expect(projected && p !== null)
      .withContext(context)
      .toBeTrue();
    expect(band(p!)).withContext(context).toBe(word);
  }
  for (const shown of sharesIn(text)) {
    expect(p).withContext(context).not.toBeNull();
    expect(band(shown)).withContext(context).toBe(band(p!));
    expect(Math.abs(shown - p!))
      .withContext(context)
      .toBeLessThanOrEqual(0.01);
  }
  // A projected goal with a probability says its word; without one, no word at all.
  if (projected)
    expect([...words])
      .withContext(context)
      .toEqual(p === null ? [] : [band(p)]);
}

function checkGoalTexts(goal: Goal, status: GoalStatus, horizon: number, p: number | null): void {
  const row = goalRow(
    goal,
    status,
    horizon,
    { neededGrowth: 1, projectedGrowth: 2, yearsAheadOrBehind: 0, baseYear: 2025 },
    p,
  );
  const shownP = status.status === 'beyond horizon' ? null : p;
  expectHonest(row.verdict, status, shownP);
  // The goals table's Status cell: the word, what an observed one rests on, and P(met).
  const cell = [
    row.word ?? '',
    row.basis ?? '',
    row.probabilityText ? `P(met) ${row.probabilityText}` : '',
  ];
  expectHonest(cell.join(' '), status, shownP);
  expectHonest(outcomeText({ ...status, probability: shownP }, goal.deadline), status, shownP);
  expectHonest(statusText(goal, status, shownP, horizon), status, shownP);
  expectHonest(`${row.growth} ${row.aheadBehind} ${row.firstYear}`, status, null);
}

describe('status words against the probability', () => {
  it('hold for every goal text over many lever settings, with P(met) from a small run', () => {
    fc.assert(
      fc.property(leverValues, anyHorizon, fc.nat(1000), (levers, horizon, seed) => {
        const projection = project(INDICATORS, levers, DEFAULT_CONSTANTS, horizon);
        const statuses = GOAL_LIST.map((g) => evaluateGoal(INDICATORS, g, projection));
        const { goalProbability } = runMonteCarlo(
          INDICATORS,
          levers,
          DEFAULT_CONSTANTS,
          horizon,
          GOAL_LIST,
          { paths: 200, seed },
        );
        GOAL_LIST.forEach((goal, i) => {
          const p = goalProbability[goal.id] ?? null;
          checkGoalTexts(goal, statuses[i], horizon, p);
          checkGoalTexts(goal, statuses[i], horizon, null);
        });

        // Chart summaries, which are the slides' and decks' captions.
        for (const probabilities of [goalProbability, null]) {
          for (const view of buildPanelViews(
            projection,
            GOAL_LIST,
            statuses,
            null,
            [],
            null,
            probabilities,
          )) {
            for (const target of view.targets) {
              const goal = GOAL_LIST.find((g) => g.id === target.goalId)!;
              const status = statuses[GOAL_LIST.indexOf(goal)];
              const p = status.status === 'beyond horizon' ? null : probabilities?.[goal.id];
              const text = statusText(goal, status, p ?? null, horizon);
              expect(view.summary).toContain(text);
            }
            const spoken = view.targets.map(
              (t) => statuses[GOAL_LIST.findIndex((g) => g.id === t.goalId)],
            );
            if (wordsIn(view.summary).has('met'))
              expect(spoken.some((s) => s.status === 'met'))
                .withContext(view.summary)
                .toBeTrue();
            for (const shown of sharesIn(view.summary))
              expect(
                spoken.some((s) => {
                  const p = probabilities?.[s.goalId];
                  return p !== undefined && band(p) === band(shown);
                }),
              )
                .withContext(view.summary)
                .toBeTrue();
          }
        }

        // The goals chart's summary counts each word as the rows have it.
        const rows = GOAL_LIST.map((goal, i) =>
          goalRow(
            goal,
            statuses[i],
            horizon,
            goalGap(INDICATORS, goal, projection, statuses[i].firstYear),
            goalProbability[goal.id] ?? null,
          ),
        );
        const likely = rows.filter((r) => r.word === 'likely').length;
        expect(
          rows.filter(
            (r, i) => PROJECTED.includes(statuses[i].status) && r.probability! >= LIKELY_FROM,
          ).length,
        ).toBe(likely);
        if (likely) expect(goalsSummary(rows)).toContain(`${likely} likely`);
      }),
      { numRuns: 40 },
    );
  });

  it('hold at any probability, including those that round onto a threshold', () => {
    const projection = project(INDICATORS, DEFAULT_LEVERS);
    const statuses = GOAL_LIST.map((g) => evaluateGoal(INDICATORS, g, projection));
    const edges = [
      0, 0.004, 0.3249, 0.3295, 0.33, 0.6549, 0.655, 0.6599, 0.66, 0.899, 0.9, 0.996, 1,
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...edges), fc.double({ min: 0, max: 1, noNaN: true })),
        fc.constantFrom(...GOAL_LIST.keys()),
        (p, i) => {
          for (const kind of [statuses[i].status, ...PROJECTED])
            checkGoalTexts(GOAL_LIST[i], { ...statuses[i], status: kind }, 2035, p);
        },
      ),
    );
  });

  it('never words a step of the step-through, which is not simulated', () => {
    fc.assert(
      fc.property(
        leverValues,
        fc.constantFrom(...PANEL_SPECS.map((s) => s.id)),
        (levers, panel) => {
          for (const step of stepThrough(
            INDICATORS,
            panel,
            levers,
            DEFAULT_CONSTANTS,
            2035,
            GOALS,
          )) {
            expect([...wordsIn(step.effect)])
              .withContext(step.effect)
              .toEqual([]);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
