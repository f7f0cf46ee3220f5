import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { GoalChange, PackReview } from '../../data-packs/pack-review';
import { DataPack, PackIdentity } from '../../model/data-pack';

/** What the analyst does with data packs: import, review, apply, switch, export, remove. */
export const DataPackActions = createActionGroup({
  source: 'Data Packs',
  events: {
    /** A file was chosen in "Import data…" and read as text (not read when over the size limit). */
    'Import Chosen': props<{ fileName: string; size: number; text: string }>(),
    'Review Cancelled': emptyProps(),
    /** The reviewed pack replaces the one in force (undoable). */
    'Pack Applied': props<{ pack: DataPack }>(),
    /** Use a kept pack (the shipped one included) instead of the one in force. */
    'Switch Requested': props<{ id: string }>(),
    'Remove Requested': props<{ id: string }>(),
    'Export Requested': props<{ format: 'csv' | 'json' }>(),
    'Message Dismissed': emptyProps(),
  },
});

/** What the pack store (IndexedDB) and the review reported. */
export const DataPackStoreActions = createActionGroup({
  source: 'Data Pack Store',
  events: {
    /** The kept packs, and the pack in force when the page was last used (null: the shipped one). */
    'Packs Loaded': props<{
      stored: PackIdentity[];
      active: DataPack | null;
      message: string | null;
    }>(),
    'Import Refused': props<{ fileName: string; errors: string[] }>(),
    'Review Ready': props<{ review: PackReview }>(),
    /** P(met) on the pack in force and on the pack under review, from one simulation each. */
    'Review Simulated': props<{ packId: string; goals: GoalChange[] }>(),
    /** Another tab kept or removed a pack. */
    'Packs Listed': props<{ stored: PackIdentity[] }>(),
    /** A kept pack read back and put in force (undoable, like applying). */
    'Pack Switched': props<{ pack: DataPack }>(),
    'Pack Kept': props<{ pack: PackIdentity }>(),
    'Pack Removed': props<{ id: string }>(),
    'Store Failed': props<{ message: string }>(),
  },
});
