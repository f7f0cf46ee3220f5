/**
 * The baseline ghost: once the analyst moves away from the reference scenario (the preset the
 * scenario came from, or Baseline), each chart keeps the reference's projection as a thin grey line,
 * so that the eye sees what the change did. History is shared, so only projected years differ.
 */
import { IndicatorId } from '../model/indicators';
import { Projection, YearValue } from '../model/project';
import { PROJECTION_SOURCE } from './panel-specs';

/** The reference scenario: its name and its projection on the current pack and horizon. */
export interface Baseline {
  readonly name: string;
  readonly projection: Projection;
}

/** The ghost's series name, in the chart's tooltip data and the data table alike. */
export const baselineName = (series: string): string => `${series} (baseline)`;

/** What the panel's note says while a ghost is drawn: the grey line means nothing without it. */
export const baselineNote = (reference: string): string =>
  `Thin grey line: “${reference}” without your changes.`;

/**
 * The reference's projection of one indicator, where it differs from the scenario's. An identical
 * ghost would hide under the scenario's own line and only double the data table, so there is none.
 */
export function ghostLine(
  id: IndicatorId,
  projection: Projection,
  baseline: Baseline | null,
): GhostLine | null {
  if (!baseline) return null;
  const ghost = baseline.projection.series[id];
  const own = projection.series[id];
  const same =
    ghost.length === own.length &&
    ghost.every((p, i) => p.year === own[i].year && Object.is(p.value, own[i].value));
  return same ? null : { scenario: baseline.name, points: ghost };
}

/** A series' ghost: the reference's name and its projected points. */
export interface GhostLine {
  readonly scenario: string;
  readonly points: readonly YearValue[];
}

/** The data table's rows of a ghost, with kind `baseline`: the chart draws these very numbers. */
export function ghostRows(series: string, ghost: GhostLine | null) {
  return (ghost?.points ?? []).map((p) => ({
    series: baselineName(series),
    year: p.year,
    value: p.value,
    kind: 'baseline' as const,
    source: `${PROJECTION_SOURCE}, scenario “${ghost!.scenario}”`,
  }));
}

/** The panel's note with a sentence on the ghost added while one is drawn. */
export function ghostNote(
  note: string | null,
  series: readonly { readonly baseline: GhostLine | null }[],
): string | null {
  const ghost = series.find((s) => s.baseline)?.baseline;
  return ghost ? [note, baselineNote(ghost.scenario)].filter(Boolean).join(' ') : note;
}
