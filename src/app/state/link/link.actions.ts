import { createActionGroup, props } from '@ngrx/store';
import { Scenario } from '../../scenarios/scenario';

/** The share link in the address bar, read once at start. */
export const ShareLinkActions = createActionGroup({
  source: 'Share Link',
  events: {
    /** A link opens as an unsaved scenario ("From link", or the name it carries); saved ones are untouched. */
    'Link Opened': props<{ scenario: Scenario; notices: string[] }>(),
    'No Link': props<{ at: string }>(),
  },
});
