import { createActionGroup, props } from '@ngrx/store';
import { Scenario } from '../../scenarios/scenario';
import { StoredVersion } from '../../scenarios/storage/revisions';
import { Conflict, StorageChange } from '../../scenarios/storage/tab-sync';
import { WorkingDraft } from '../../scenarios/storage/working-draft';

export type { Conflict, StorageChange };

/** What the browser's storage (IndexedDB) reports. */
export const StorageActions = createActionGroup({
  source: 'Scenario Storage',
  events: {
    'Scenarios Loaded': props<{
      versions: StoredVersion[];
      activeId: string;
      unsaved: Scenario | null;
      draft: WorkingDraft;
      pending: Scenario | null;
      conflicts: Conflict[];
    }>(),
    'Storage Unavailable': props<{ message: string }>(),
    'Storage Read Only': props<{ message: string }>(),
    'Unreadable Records Kept': props<{ count: number; message: string }>(),
    'Write Failed': props<{ message: string }>(),
    'Write Landed': props<{ at: string; change: StorageChange }>(),
    'News Received': props<{ change: StorageChange }>(),
  },
});

export const StorageRetryActions = createActionGroup({
  source: 'Storage Retry',
  events: {
    'Retry Due': props<{ attempt: number }>(),
  },
});
