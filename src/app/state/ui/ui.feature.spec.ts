import {
  GoalsGlanceActions,
  GoalsPanelActions,
  SliderActions,
  ThemeStorageActions,
  UiActions,
} from './ui.actions';
import { initialUiState, uiFeature } from './ui.feature';

describe('ui reducer', () => {
  const reduce = uiFeature.reducer;

  it('toggles and restores the theme', () => {
    const dark = reduce(initialUiState, UiActions.themeToggled());
    expect(dark.theme).toBe('dark');
    expect(reduce(dark, UiActions.themeToggled()).theme).toBe('light');
    expect(reduce(initialUiState, ThemeStorageActions.themeRestored({ theme: 'dark' })).theme).toBe(
      'dark',
    );
  });

  it('opens and closes a panel’s data table', () => {
    const open = reduce(initialUiState, UiActions.dataTableToggled({ panel: 'rd' }));
    expect(open.openTables).toEqual(['rd']);
    const both = reduce(open, UiActions.dataTableToggled({ panel: 'llms' }));
    expect(reduce(both, UiActions.dataTableToggled({ panel: 'rd' })).openTables).toEqual(['llms']);
  });

  it('focuses the goal the analysis was opened on, from the table or from its card', () => {
    const fromTable = reduce(initialUiState, GoalsPanelActions.goalFocused({ goalId: 'a' }));
    expect(fromTable.focusedGoalId).toBe('a');
    const fromCard = reduce(fromTable, GoalsGlanceActions.goalAnalysisOpened({ goalId: 'b' }));
    expect(fromCard.focusedGoalId).toBe('b');
  });

  it('holds the lever whose slider is dragged until it is let go', () => {
    const held = reduce(initialUiState, SliderActions.dragStarted({ lever: 'rdGrowth' }));
    expect(held.draggedLever).toBe('rdGrowth');
    expect(reduce(held, SliderActions.dragStarted({ lever: 'rdGrowth' }))).toBe(held);
    const released = reduce(held, SliderActions.dragEnded());
    expect(released.draggedLever).toBeNull();
    expect(reduce(released, SliderActions.dragEnded())).toBe(released);
  });
});
