import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Theme } from './ui.feature';

export const UiActions = createActionGroup({
  source: 'Dashboard UI',
  events: {
    'Theme Toggled': emptyProps(),
    'Data Table Toggled': props<{ panel: string }>(),
  },
});

export const ThemeStorageActions = createActionGroup({
  source: 'Theme Storage',
  events: {
    'Theme Restored': props<{ theme: Theme }>(),
  },
});
