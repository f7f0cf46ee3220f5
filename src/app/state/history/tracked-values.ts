/**
 * The values undo tracks, each under its own key, so that undo can put back one value without
 * touching the others: each lever, each model constant, the horizon, the Monte Carlo settings, the
 * goals, the deck, the scenario shown, the shown scenario's name and notes, and the data pack in
 * force (its identity and figures).
 */
import { Scenario } from '../../scenarios/scenario';
import { UNSAVED_ID } from '../../scenarios/storage/session';
import { draftOf } from '../../scenarios/storage/working-draft';
import type { BriefingState } from '../briefing/briefing.feature';
import { GoalsState, customGoalAdapter } from '../goals/goals.feature';
import type { LeversState } from '../levers/levers.feature';
import type { ReferenceState } from '../reference/reference.feature';
import type { ScenariosState } from '../scenarios/scenarios.feature';
import type { SettingsState } from '../settings/settings.feature';

export type Values = Readonly<Record<string, unknown>>;

interface Tracked {
  readonly levers?: LeversState;
  readonly settings?: SettingsState;
  readonly goals?: GoalsState;
  readonly briefing?: BriefingState;
  readonly scenarios?: ScenariosState;
  readonly reference?: ReferenceState;
  readonly [key: string]: unknown;
}

interface ShownScenario {
  readonly activeId: string;
  readonly unsaved: Scenario | null;
}

export function valuesOf(state: Tracked): Values {
  const out: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(state.levers?.values ?? {})) out[`lever.${id}`] = value;
  if (state.settings) {
    for (const [id, value] of Object.entries(state.settings.constants))
      out[`constant.${id}`] = value;
    out['horizon'] = state.settings.horizon;
    out['monteCarlo'] = state.settings.monteCarlo;
  }
  if (state.goals) out['goals'] = state.goals;
  if (state.briefing) out['slides'] = state.briefing.slides;
  if (state.reference) out['pack'] = state.reference;
  const scenarios = state.scenarios;
  if (scenarios) {
    out['shown'] = {
      activeId: scenarios.activeId,
      unsaved: scenarios.unsaved,
    } satisfies ShownScenario;
    const active = scenarios.entities[scenarios.activeId];
    if (active && !active.preset) {
      out[`name.${active.id}`] = active.name;
      out[`notes.${active.id}`] = active.notes;
    }
  }
  return out;
}

/** The state with one tracked value set (a value that no longer fits, such as a deleted scenario, is skipped). */
export function assign<T extends Tracked>(state: T, key: string, value: unknown): T {
  const [kind, id] = splitKey(key);
  const { levers, settings, scenarios } = state;
  if (kind === 'lever' && levers)
    return { ...state, levers: { values: { ...levers.values, [id]: value } } };
  if (kind === 'constant' && settings)
    return {
      ...state,
      settings: { ...settings, constants: { ...settings.constants, [id]: value } },
    };
  if ((kind === 'horizon' || kind === 'monteCarlo') && settings)
    return { ...state, settings: { ...settings, [kind]: value } };
  if (kind === 'goals') return { ...state, goals: value };
  if (kind === 'slides') return { ...state, briefing: { slides: value } };
  if (kind === 'pack') return { ...state, reference: value };
  if (!scenarios) return state;
  if (kind === 'shown') {
    const shown = value as ShownScenario;
    const exists =
      shown.activeId === UNSAVED_ID ? !!shown.unsaved : !!scenarios.entities[shown.activeId];
    return exists
      ? { ...state, scenarios: { ...scenarios, activeId: shown.activeId, unsaved: shown.unsaved } }
      : state;
  }
  const entity = scenarios.entities[id];
  if ((kind === 'name' || kind === 'notes') && entity && !entity.preset) {
    return {
      ...state,
      scenarios: {
        ...scenarios,
        entities: { ...scenarios.entities, [id]: { ...entity, [kind]: value } },
      },
    };
  }
  return state;
}

function splitKey(key: string): [string, string] {
  const dot = key.indexOf('.');
  return dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
}

/**
 * The state with the working values of the saved scenario it shows, as this tab holds it now: after
 * undo or redo switches scenarios, what another tab stored since is shown, not the values the
 * step remembered.
 */
export function showHeldScenario<T extends Tracked>(state: T): T {
  const scenarios = state.scenarios;
  const active = scenarios?.entities[scenarios.activeId];
  if (!active || active.preset || !state.levers || !state.settings) return state;
  const draft = draftOf(active);
  return {
    ...state,
    levers: { values: draft.levers },
    settings: { horizon: draft.horizon, constants: draft.constants, monteCarlo: draft.monteCarlo },
    goals: {
      custom: customGoalAdapter.setAll([...draft.customGoals], customGoalAdapter.getInitialState()),
      hidden: draft.hiddenGoals,
    },
    briefing: { slides: draft.slides },
  };
}
