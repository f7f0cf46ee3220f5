import { createActionGroup, props } from '@ngrx/store';
import { PanelId } from '../../charts/panel-specs';

/** What the analyst does to the deck in briefing mode. Slides are addressed by position. */
export const BriefingActions = createActionGroup({
  source: 'Briefing',
  events: {
    'Slide Added': props<{ panel: PanelId }>(),
    'Slide Removed': props<{ index: number }>(),
    'Slide Moved': props<{ from: number; to: number }>(),
    'Slide Note Changed': props<{ index: number; note: string }>(),
  },
});

/** Moving through the deck while presenting: which slide, and which step of the step-through (null: off). */
export const PresentationActions = createActionGroup({
  source: 'Briefing Page',
  events: {
    'Position Changed': props<{ slide: number; step: number | null }>(),
  },
});
