/** Briefing slides: which panels a scenario presents, in what order, with the analyst's notes. Pure data. */
import { PANEL_SPECS, PanelId } from '../charts/panel-specs';
import { SLIDES_MAX, SLIDE_NOTE_MAX } from '../model/limits';

export interface BriefingSlide {
  readonly panel: PanelId;
  /** The analyst's note: shown under the slide and kept as speaker notes in PowerPoint. */
  readonly note: string;
}

export { SLIDES_MAX, SLIDE_NOTE_MAX } from '../model/limits';

export const PANEL_IDS: readonly PanelId[] = PANEL_SPECS.map((spec) => spec.id);

export function isPanelId(value: unknown): value is PanelId {
  return typeof value === 'string' && (PANEL_IDS as readonly string[]).includes(value);
}

/** Every panel in dashboard order, without notes: the deck of a scenario that never chose one. */
export const DEFAULT_SLIDES: readonly BriefingSlide[] = PANEL_IDS.map((panel) => ({
  panel,
  note: '',
}));

/**
 * The slides of a stored record, which may predate slides or be damaged: anything that is not a
 * list of slides gives the default deck; slides naming no known panel are dropped.
 */
export function slidesOf(raw: unknown): readonly BriefingSlide[] {
  if (!Array.isArray(raw)) return DEFAULT_SLIDES;
  return raw
    .filter(
      (s): s is { panel: PanelId; note: unknown } =>
        typeof s === 'object' && s !== null && isPanelId(s.panel),
    )
    .slice(0, SLIDES_MAX)
    .map((s) => ({
      panel: s.panel,
      note: typeof s.note === 'string' ? s.note.slice(0, SLIDE_NOTE_MAX) : '',
    }));
}
