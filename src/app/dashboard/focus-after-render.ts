import { Injector, afterNextRender } from '@angular/core';

/**
 * Moves the focus once the view shows what an action just changed: a button that appears (Undo
 * delete), the row that now holds a place, the control an editor was opened from. Called after the
 * action, so the target is looked up in the new view, not the old one.
 */
export function focusAfterRender(
  injector: Injector,
  target: () => HTMLElement | null | undefined,
): void {
  afterNextRender({ write: () => target()?.focus() }, { injector });
}
