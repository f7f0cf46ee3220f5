import { createSelector } from '@ngrx/store';
import { HistoryState } from './history.reducer';

const selectHistory = (state: object) => (state as { history?: HistoryState }).history;

export const selectCanUndo = createSelector(selectHistory, (h) => !!h?.past.length);
export const selectCanRedo = createSelector(selectHistory, (h) => !!h?.future.length);
