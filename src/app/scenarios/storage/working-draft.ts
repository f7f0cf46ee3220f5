import { ModelConstants } from '../../model/constants';
import { Goal } from '../../model/goals';
import { LeverValues } from '../../model/levers';
import { MonteCarloSettings } from '../../model/monte-carlo';
import { Scenario } from '../scenario';
import { BriefingSlide, slidesOf } from '../slides';
import { sameValue } from './revisions';

/** The working state: what is on screen, saved or not. Kept in storage so it survives a reload. */
export interface WorkingDraft {
  readonly levers: LeverValues;
  readonly constants: ModelConstants;
  readonly horizon: number;
  readonly customGoals: readonly Goal[];
  readonly hiddenGoals: readonly string[];
  readonly monteCarlo: MonteCarloSettings;
  readonly slides: readonly BriefingSlide[];
}

export function draftOf(scenario: Scenario): WorkingDraft {
  const { levers, constants, horizon, customGoals, hiddenGoals, monteCarlo } = scenario;
  // Records saved before briefing mode have no slides: they hold the default deck.
  return {
    levers,
    constants,
    horizon,
    customGoals,
    hiddenGoals,
    monteCarlo,
    slides: slidesOf(scenario.slides),
  };
}

const DRAFT_FIELDS = [
  'levers',
  'constants',
  'horizon',
  'customGoals',
  'hiddenGoals',
  'monteCarlo',
  'slides',
] as const;

/** Whether the working state differs from a scenario's saved values (in the fields named, by default all). */
export function differsFrom(
  draft: WorkingDraft,
  scenario: Scenario,
  fields: readonly (typeof DRAFT_FIELDS)[number][] = DRAFT_FIELDS,
): boolean {
  const saved = draftOf(scenario);
  return fields.some((f) => !sameValue(draft[f], saved[f]));
}
