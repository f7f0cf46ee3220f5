import { createActionGroup, props } from '@ngrx/store';
import { Scenario } from '../../scenarios/scenario';
import { WorkingDraft } from '../../scenarios/storage/working-draft';

/** What the browser's storage (IndexedDB) reports. */
export const StorageActions = createActionGroup({
  source: 'Scenario Storage',
  events: {
    'Scenarios Loaded': props<{ scenarios: Scenario[]; activeId: string | null; draft: WorkingDraft | null }>(),
    'Scenarios Changed In Another Tab': props<{ scenarios: Scenario[]; activeId: string | null }>(),
    'Storage Unavailable': props<{ message: string }>(),
    'Storage Read Only': props<{ message: string }>(),
    'Unreadable Records Kept': props<{ count: number; message: string }>(),
    'Write Failed': props<{ message: string }>(),
    'Write Succeeded': props<{ at: string }>(),
  },
});

export const StorageRetryActions = createActionGroup({
  source: 'Storage Retry',
  events: {
    'Retry Due': props<{ attempt: number }>(),
  },
});
