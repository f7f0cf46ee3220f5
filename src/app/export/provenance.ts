/** What every export says about where its numbers come from. */
export interface Provenance {
  readonly scenario: string;
  /** ISO time of the export. */
  readonly exportedAt: string;
  readonly modelVersion: number;
  /** Levers that differ from the baseline, as "label: value unit". */
  readonly changedLevers: readonly string[];
  /** The share link that reproduces the view. */
  readonly link: string;
}

/** The provenance as lines of text, for CSV headers and image captions. */
export function provenanceLines(p: Provenance, sources: string): string[] {
  return [
    `Scenario: ${p.scenario}`,
    `Exported: ${p.exportedAt}`,
    `Model version: ${p.modelVersion}`,
    `Levers changed from baseline: ${p.changedLevers.length ? p.changedLevers.join('; ') : 'none'}`,
    `Sources: ${sources}`,
    `Link: ${p.link}`,
  ];
}
