import { createActionGroup, props } from '@ngrx/store';
import { Scenario } from '../../scenarios/scenario';

/** The share link in the address bar, read once at start. */
export const ShareLinkActions = createActionGroup({
  source: 'Share Link',
  events: {
    /**
     * A link opens as an unsaved scenario ("From link", or the name it carries); saved ones are
     * untouched, and the one left keeps its changes not yet stored (`leaving`).
     */
    'Link Opened': props<{ scenario: Scenario; notices: string[]; leaving: Scenario | null }>(),
    'No Link': props<{ at: string }>(),
  },
});
