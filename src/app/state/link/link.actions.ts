import { createActionGroup, props } from '@ngrx/store';
import { LeverValues } from '../../model/levers';

/** The share link in the address bar, read once at start. */
export const ShareLinkActions = createActionGroup({
  source: 'Share Link',
  events: {
    'Link Opened': props<{ levers: LeverValues; horizon: number; notices: string[] }>(),
    'No Link': props<{ at: string }>(),
  },
});
