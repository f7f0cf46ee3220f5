import { InjectionToken, Provider, Signal, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { LeverId } from '../model/levers';
import { SliderActions } from '../state/ui/ui.actions';
import { uiFeature } from '../state/ui/ui.feature';

/**
 * A lever's slider held down: the levers report it, the charts hold their axes while it lasts. The
 * page provides it from the store, so that the lever and panel components stay free of the store
 * (and work without it, as in their specs and the briefing).
 */
export interface SliderDrag {
  /** The lever whose slider is held, or null. */
  readonly lever: Signal<LeverId | null>;
  started(lever: LeverId): void;
  ended(): void;
}

export const SLIDER_DRAG = new InjectionToken<SliderDrag>('SliderDrag');

/** The drag as the ui slice keeps it. */
export function provideSliderDrag(): Provider {
  return {
    provide: SLIDER_DRAG,
    useFactory: (): SliderDrag => {
      const store = inject(Store);
      return {
        lever: store.selectSignal(uiFeature.selectDraggedLever),
        started: (lever) => store.dispatch(SliderActions.dragStarted({ lever })),
        ended: () => store.dispatch(SliderActions.dragEnded()),
      };
    },
  };
}
