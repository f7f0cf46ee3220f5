import { dataAsOfWithPack } from '../format/release-date';

/** The data pack an export's numbers come from: its name and "Data as of" date (ISO). */
export interface PackRef {
  readonly name: string;
  readonly asOf: string;
}

/** What every export says about where its numbers come from. */
export interface Provenance {
  readonly scenario: string;
  /** The pack the observations and the projection's start come from. */
  readonly pack: PackRef;
  /** ISO time of the export. */
  readonly exportedAt: string;
  readonly modelVersion: number;
  /**
   * Every assumption that differs from the defaults (changedAssumptions): levers as
   * "label: value unit", then model constants, the horizon and the Monte Carlo settings. The name is
   * older than the constants in it; it stays so that every producer keeps compiling.
   */
  readonly changedLevers: readonly string[];
  /** The share link that reproduces the view. */
  readonly link: string;
}

/** The provenance as the store knows it (selectProvenance): the share link's query, not its origin. */
export interface ProvenanceParts extends Omit<Provenance, 'exportedAt' | 'link'> {
  readonly linkQuery: string;
}

/**
 * The provenance of an export not yet made: everything but its time, with the share link, which
 * opens the dashboard at `origin` (the page's own; the store does not know it) on the scenario's
 * query. Every export's link is made here, so all of them open the same view.
 */
export function withShareLink(
  { linkQuery, ...rest }: ProvenanceParts,
  origin: string,
): Omit<Provenance, 'exportedAt'> {
  return { ...rest, link: `${origin}/?${linkQuery}` };
}

/** The provenance as lines of text, for CSV headers and image captions. */
export function provenanceLines(p: Provenance, sources: string): string[] {
  return [
    `Scenario: ${p.scenario}`,
    `Exported: ${p.exportedAt}`,
    `Model version: ${p.modelVersion}`,
    dataAsOfWithPack(p.pack),
    `Assumptions changed from the defaults: ${p.changedLevers.length ? p.changedLevers.join('; ') : 'none'}`,
    `Sources: ${sources}`,
    `Link: ${p.link}`,
  ];
}

/**
 * The caption under a PNG or SVG chart's title: scenario, the pack and its date, model version,
 * export day, sources and the chart's note (what its preliminary marks mean), if any.
 */
export function imageCaption(p: Provenance, sources: string, note: string | null): string {
  return [
    p.scenario,
    dataAsOfWithPack(p.pack),
    `model v${p.modelVersion}`,
    p.exportedAt.slice(0, 10),
    `Sources: ${sources}`,
    ...(note ? [note] : []),
  ].join(' · ');
}
