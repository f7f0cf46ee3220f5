/** Wording shared by the PDF and PowerPoint decks: dates, the footer, lever lines, the link. */
import { dataAsOfWithPack } from '../../format/release-date';
import { Provenance } from '../provenance';
import { DeckLever } from './deck';

/** An ISO time as "2026-11-28 12:00 UTC"; anything unparseable is shown as given. */
export function exportDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The footer of every page: scenario, the pack and its date, export date and model version. */
export function footerText(p: Provenance): string {
  return `${p.scenario} · ${dataAsOfWithPack(p.pack)} · ${exportDate(p.exportedAt)} · Model version ${p.modelVersion}`;
}

/** "R&D growth: 10 %/yr (baseline 8 %/yr)". */
export function leverLine(lever: DeckLever): string {
  return `${lever.label}: ${lever.value} (baseline ${lever.baseline})`;
}

/**
 * The share link if it may be made clickable: an absolute http(s) URL, serialized so that it is
 * plain ASCII. Anything else (javascript:, data:, a damaged string) is shown as text only.
 */
export function safeLink(link: string): string | undefined {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a lever is among the changed ones (by label: the deck carries no ids). */
export function isChanged(lever: DeckLever, changed: readonly DeckLever[]): boolean {
  return changed.some((c) => c.label === lever.label);
}
