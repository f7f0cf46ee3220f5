import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { map, tap, withLatestFrom } from 'rxjs';
import { Theme } from '../../charts/palette';
import { ThemeStorageActions, UiActions } from './ui.actions';
import { THEME_KEY, uiFeature } from './ui.feature';

function storedTheme(storage: Storage | undefined, prefersDark: boolean): Theme {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(THEME_KEY) ?? null;
  } catch {
    // Storage can be blocked (private mode, policies): fall back to the system preference.
  }
  return saved === 'dark' || saved === 'light' ? saved : prefersDark ? 'dark' : 'light';
}

/** On start, the saved theme or else the system's preference. */
export const restoreTheme = createEffect(
  (actions$ = inject(Actions), document = inject(DOCUMENT)) => {
    return actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      map(() => {
        const view = document.defaultView;
        const prefersDark = view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
        return ThemeStorageActions.themeRestored({
          theme: storedTheme(view?.localStorage, prefersDark),
        });
      }),
    );
  },
  { functional: true },
);

/** Keeps the document's theme class in step with the store, and remembers a toggled choice. */
export const applyTheme = createEffect(
  (store = inject(Store), document = inject(DOCUMENT)) => {
    return store.select(uiFeature.selectTheme).pipe(
      tap((theme) => {
        document.documentElement.classList.toggle('dark-theme', theme === 'dark');
        document.documentElement.style.colorScheme = theme;
      }),
    );
  },
  { functional: true, dispatch: false },
);

export const saveTheme = createEffect(
  (actions$ = inject(Actions), store = inject(Store), document = inject(DOCUMENT)) => {
    return actions$.pipe(
      ofType(UiActions.themeToggled),
      withLatestFrom(store.select(uiFeature.selectTheme)),
      tap(([, theme]) => {
        try {
          document.defaultView?.localStorage.setItem(THEME_KEY, theme);
        } catch {
          // Not saved: the choice still applies for this visit.
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);
