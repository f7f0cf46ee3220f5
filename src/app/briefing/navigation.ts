/**
 * Moving through a deck: next and previous go through the steps of a slide when the step-through
 * is on, then on to the next slide (at its first step); Home and End go to the first and last slide.
 */
export interface Position {
  readonly slide: number;
  readonly step: number | null;
}

export type Move = 'next' | 'previous' | 'first' | 'last';

/** `steps` is the number of steps per slide (the baseline plus one per changed lever). */
export function move(at: Position, to: Move, slides: number, steps: number): Position {
  const last = Math.max(slides - 1, 0);
  const slide = Math.min(at.slide, last);
  const stepping = at.step !== null;
  switch (to) {
    case 'first':
      return { slide: 0, step: stepping ? 0 : null };
    case 'last':
      return { slide: last, step: stepping ? 0 : null };
    case 'next':
      if (stepping && at.step! < steps - 1) return { slide, step: at.step! + 1 };
      return slide < last
        ? { slide: slide + 1, step: stepping ? 0 : null }
        : { slide, step: at.step };
    case 'previous':
      if (stepping && at.step! > 0) return { slide, step: at.step! - 1 };
      return slide > 0
        ? { slide: slide - 1, step: stepping ? steps - 1 : null }
        : { slide, step: at.step };
  }
}
