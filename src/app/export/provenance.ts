/** What every export says about where its numbers come from. */
export interface Provenance {
  readonly scenario: string;
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
    `Assumptions changed from the defaults: ${p.changedLevers.length ? p.changedLevers.join('; ') : 'none'}`,
    `Sources: ${sources}`,
    `Link: ${p.link}`,
  ];
}
