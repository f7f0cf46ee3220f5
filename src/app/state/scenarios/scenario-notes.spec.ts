import { Action, ActionReducer } from '@ngrx/store';
import fc from 'fast-check';
import { LEVERS } from '../../model/levers';
import { PRESETS } from '../../scenarios/scenario';
import { briefingFeature } from '../briefing/briefing.feature';
import { goalsFeature } from '../goals/goals.feature';
import { LeverPanelActions } from '../levers/levers.actions';
import { leversFeature } from '../levers/levers.feature';
import { packsFeature } from '../packs/packs.feature';
import { referenceFeature } from '../reference/reference.feature';
import { settingsFeature } from '../settings/settings.feature';
import { storageFeature } from '../storage/storage.feature';
import { ScenarioManagerActions } from './scenarios.actions';
import { scenariosFeature } from './scenarios.feature';
import { selectNewScenarioContent, selectShownScenario } from './scenarios.selectors';

const FEATURES = [
  referenceFeature,
  leversFeature,
  settingsFeature,
  goalsFeature,
  briefingFeature,
  scenariosFeature,
  storageFeature,
  packsFeature,
] as unknown as { name: string; reducer: ActionReducer<unknown> }[];

function stateAfter(actions: Action[]): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const feature of FEATURES)
    state[feature.name] = actions.reduce(
      (s, action) => feature.reducer(s, action),
      feature.reducer(undefined, { type: '@@init' }),
    );
  return state;
}

/** A preset opened, then one of its levers moved to another value in range. */
const changedPreset = fc
  .record({
    preset: fc.constantFrom(...PRESETS),
    lever: fc.constantFrom(...LEVERS),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ preset, lever, at }) => {
    const value = lever.min + at * (lever.max - lever.min);
    return { preset, lever, value };
  })
  .filter(({ preset, lever, value }) => preset.levers[lever.id] !== value);

/**
 * A preset's notes describe its own levers ("All levers at their defaults."): a scenario made from
 * a changed preset must not carry them.
 */
describe('notes of a scenario made from a changed preset', () => {
  it('are not the preset’s, on Save as new, Duplicate and Export scenario', () => {
    fc.assert(
      fc.property(changedPreset, ({ preset, lever, value }) => {
        const state = stateAfter([
          ScenarioManagerActions.scenarioOpened({ scenario: preset, leaving: null }),
          LeverPanelActions.leverChanged({ id: lever.id, value }),
        ]);
        const made = selectNewScenarioContent(state);
        const shown = selectShownScenario(state);
        return (
          made.notes === '' &&
          shown.notes === '' &&
          !shown.preset &&
          shown.levers[lever.id] === value &&
          shown.name === `${preset.name} (changed)`
        );
      }),
      { numRuns: 100 },
    );
  });

  it('exports an unchanged preset as it is, notes and all', () => {
    const state = stateAfter([
      ScenarioManagerActions.scenarioOpened({ scenario: PRESETS[2], leaving: null }),
    ]);
    expect(selectShownScenario(state)).toEqual(PRESETS[2]);
  });
});
