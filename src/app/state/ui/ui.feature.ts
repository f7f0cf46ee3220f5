import { createFeature, createReducer, on } from '@ngrx/store';
import { ThemeStorageActions, UiActions } from './ui.actions';

export type Theme = 'light' | 'dark';

/** Where the chosen theme is remembered (localStorage). */
export const THEME_KEY = 'china-tech-dashboard.theme';

export interface UiState {
  readonly theme: Theme;
  /** Panels whose "View data" table is open. */
  readonly openTables: readonly string[];
}

export const initialUiState: UiState = { theme: 'light', openTables: [] };

export const uiFeature = createFeature({
  name: 'ui',
  reducer: createReducer(
    initialUiState,
    on(UiActions.themeToggled, (state) => ({ ...state, theme: state.theme === 'light' ? 'dark' : 'light' })),
    on(ThemeStorageActions.themeRestored, (state, { theme }) => ({ ...state, theme })),
    on(UiActions.dataTableToggled, (state, { panel }) => ({
      ...state,
      openTables: state.openTables.includes(panel)
        ? state.openTables.filter((p) => p !== panel)
        : [...state.openTables, panel],
    })),
  ),
});
