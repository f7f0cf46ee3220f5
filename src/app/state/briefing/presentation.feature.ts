import { createFeature, createReducer, on } from '@ngrx/store';
import { PresentationActions } from './briefing.actions';

/** Where the presenter is: not part of the scenario, so neither saved nor undone. */
export interface PresentationState {
  readonly slide: number;
  /** The step-through's step (0 is the baseline), or null when the slide shows the scenario. */
  readonly step: number | null;
}

export const initialPresentationState: PresentationState = { slide: 0, step: null };

export const presentationFeature = createFeature({
  name: 'presentation',
  reducer: createReducer(
    initialPresentationState,
    on(PresentationActions.positionChanged, (state, { slide, step }): PresentationState =>
      Number.isInteger(slide) &&
      slide >= 0 &&
      (step === null || (Number.isInteger(step) && step >= 0))
        ? { slide, step }
        : state,
    ),
  ),
});
