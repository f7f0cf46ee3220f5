import { createFeature, createReducer, on } from '@ngrx/store';
import { Theme } from '../../charts/palette';
import { LeverId } from '../../model/levers';
import { ShareLinkActions } from '../link/link.actions';
import {
  GoalsGlanceActions,
  GoalsPanelActions,
  SliderActions,
  ThemeStorageActions,
  UiActions,
} from './ui.actions';

/** Where the chosen theme is remembered (localStorage). */
export const THEME_KEY = 'china-tech-dashboard.theme';

export interface UiState {
  readonly theme: Theme;
  /** Panels whose "View data" table is open. */
  readonly openTables: readonly string[];
  /** The goal whose sensitivity and goal-seek are shown (null: the first goal). */
  readonly focusedGoalId: string | null;
  /** The lever goal-seek varies. */
  readonly seekLever: LeverId;
  /** Messages for the analyst about what was done with their input (a link's values clamped, …). */
  readonly notices: readonly string[];
  /** The lever whose slider is held down (pointer down until release), or null. */
  readonly draggedLever: LeverId | null;
}

export const initialUiState: UiState = {
  theme: 'light',
  openTables: [],
  focusedGoalId: null,
  seekLever: 'rdGrowth',
  notices: [],
  draggedLever: null,
};

export const uiFeature = createFeature({
  name: 'ui',
  reducer: createReducer(
    initialUiState,
    on(UiActions.themeToggled, (state): UiState => ({
      ...state,
      theme: state.theme === 'light' ? 'dark' : 'light',
    })),
    on(ThemeStorageActions.themeRestored, (state, { theme }): UiState => ({ ...state, theme })),
    on(
      GoalsPanelActions.goalFocused,
      GoalsGlanceActions.goalAnalysisOpened,
      (state, { goalId }): UiState => ({ ...state, focusedGoalId: goalId }),
    ),
    on(GoalsPanelActions.seekLeverPicked, (state, { lever }): UiState => ({
      ...state,
      seekLever: lever,
    })),
    on(ShareLinkActions.linkOpened, (state, { notices }): UiState => ({ ...state, notices })),
    on(UiActions.noticesDismissed, (state): UiState => ({ ...state, notices: [] })),
    on(SliderActions.dragStarted, (state, { lever }): UiState =>
      state.draggedLever === lever ? state : { ...state, draggedLever: lever },
    ),
    on(SliderActions.dragEnded, (state): UiState =>
      state.draggedLever === null ? state : { ...state, draggedLever: null },
    ),
    on(UiActions.dataTableToggled, (state, { panel }): UiState => ({
      ...state,
      openTables: state.openTables.includes(panel)
        ? state.openTables.filter((p) => p !== panel)
        : [...state.openTables, panel],
    })),
  ),
});
