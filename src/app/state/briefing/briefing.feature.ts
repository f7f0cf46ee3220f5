import { createFeature, createReducer, on } from '@ngrx/store';
import {
  BriefingSlide,
  DEFAULT_SLIDES,
  SLIDES_MAX,
  SLIDE_NOTE_MAX,
  isPanelId,
  slidesOf,
} from '../../scenarios/slides';
import { onDraftReplaced } from '../working-draft.actions';
import { BriefingActions } from './briefing.actions';

/** The working deck: part of the scenario like the levers, saved and undone with them. */
export interface BriefingState {
  readonly slides: readonly BriefingSlide[];
}

export const initialBriefingState: BriefingState = { slides: DEFAULT_SLIDES };

const inRange = (state: BriefingState, index: number) =>
  Number.isInteger(index) && index >= 0 && index < state.slides.length;

export const briefingFeature = createFeature({
  name: 'briefing',
  reducer: createReducer(
    initialBriefingState,
    on(BriefingActions.slideAdded, (state, { panel }): BriefingState =>
      isPanelId(panel) && state.slides.length < SLIDES_MAX
        ? { slides: [...state.slides, { panel, note: '' }] }
        : state,
    ),
    on(BriefingActions.slideRemoved, (state, { index }): BriefingState =>
      inRange(state, index) ? { slides: state.slides.filter((_, i) => i !== index) } : state,
    ),
    on(BriefingActions.slideMoved, (state, { from, to }): BriefingState => {
      if (!inRange(state, from) || !inRange(state, to) || from === to) return state;
      const slides = [...state.slides];
      const [slide] = slides.splice(from, 1);
      slides.splice(to, 0, slide);
      return { slides };
    }),
    on(BriefingActions.slideNoteChanged, (state, { index, note }): BriefingState =>
      inRange(state, index)
        ? {
            slides: state.slides.map((s, i) =>
              i === index ? { ...s, note: note.slice(0, SLIDE_NOTE_MAX) } : s,
            ),
          }
        : state,
    ),
    onDraftReplaced((draft): BriefingState => ({ slides: slidesOf(draft.slides) })),
  ),
});
