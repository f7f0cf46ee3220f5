/**
 * The baseline ghost: the scenario the analyst's changes are measured against (the preset the
 * active scenario came from, else Baseline), projected on the current pack and horizon, and shown
 * only while the working state differs from it.
 */
import { createSelector } from '@ngrx/store';
import { Baseline } from '../charts/baseline-ghost';
import { ModelConstants } from '../model/constants';
import { LEVERS, LeverValues } from '../model/levers';
import { project } from '../model/project';
import { BASELINE, PRESETS, Scenario } from '../scenarios/scenario';
import { leversFeature } from './levers/levers.feature';
import { referenceFeature } from './reference/reference.feature';
import { scenariosFeature } from './scenarios/scenarios.feature';
import { settingsFeature } from './settings/settings.feature';

/**
 * A preset is its own reference; another scenario's is the preset it was made from, else Baseline.
 * Always one of the PRESETS objects, so a lever move never changes it.
 */
export const selectReferenceScenario = createSelector(
  scenariosFeature.selectActiveScenario,
  (active): Scenario =>
    PRESETS.find((p) => p.id === (active.preset ? active.id : active.basedOn)) ?? BASELINE,
);

/**
 * The reference projected: one projection per change of pack, reference or horizon, none per lever
 * move (its inputs do not include the working levers).
 */
export const selectReferenceProjection = createSelector(
  referenceFeature.selectIndicatorList,
  selectReferenceScenario,
  settingsFeature.selectHorizon,
  (data, reference, horizon): Baseline => ({
    name: reference.name,
    projection: project(data, reference.levers, reference.constants, horizon),
  }),
);

/** Whether the working levers or constants differ from the reference's: the numbers would. */
export function differsFromReference(
  levers: LeverValues,
  constants: ModelConstants,
  reference: Scenario,
): boolean {
  return (
    LEVERS.some((l) => levers[l.id] !== reference.levers[l.id]) ||
    (Object.keys(constants) as (keyof ModelConstants)[]).some(
      (id) => constants[id] !== reference.constants[id],
    )
  );
}

/** The ghost to draw: the reference while the working state differs from it, else none. */
export const selectBaseline = createSelector(
  selectReferenceProjection,
  selectReferenceScenario,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  (baseline, reference, levers, constants): Baseline | null =>
    differsFromReference(levers, constants, reference) ? baseline : null,
);
