import {
  DestroyRef,
  ElementRef,
  Signal,
  afterNextRender,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { sameOption } from '../charts/same-option';

/**
 * Whether the host element is on screen (with a margin), for charts to skip redrawing while out of
 * sight: a lever move then redraws only the charts the analyst can see; the others catch up when
 * scrolled to. Call in an injection context.
 */
export function inViewport(margin = '200px'): Signal<boolean> {
  const host = inject(ElementRef<HTMLElement>).nativeElement as HTMLElement;
  const destroyRef = inject(DestroyRef);
  const visible = signal(true);
  afterNextRender(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => visible.set(entry.isIntersecting), {
      rootMargin: margin,
    });
    observer.observe(host);
    destroyRef.onDestroy(() => observer.disconnect());
  });
  return visible.asReadonly();
}

/**
 * A chart's [merge] option that follows `option` while the chart is on screen and holds still while
 * it is not (so no redraw), catching up when it scrolls back into view. A rebuilt option equal to
 * the one drawn is no change either: a lever redraws only the charts whose data it moves.
 */
export function mergeWhenVisible<T extends object>(option: () => T): Signal<T> {
  const visible = inViewport();
  return linkedSignal<T | null, T>({
    source: () => (visible() ? option() : null),
    computation: (next, previous) => next ?? previous?.value ?? untracked(option),
    equal: sameOption,
  });
}
