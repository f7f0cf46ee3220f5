/**
 * The article's claims as a panel shows them: a numbered marker on the chart, at the figure the
 * claim is about where the chart draws one (else at its year), and a footnote under the chart that
 * names the article and says what the sources make of the claim.
 */
import { CLAIMS, Claim, articleCitation } from '../model/claims';
import { YearValue } from '../model/project';

/** What a claim's marker reads of a panel's series (narrow, so panel-view.ts can import this). */
export interface ClaimSeries {
  readonly key: string;
  readonly axis: 0 | 1;
  readonly observed: readonly YearValue[];
}

export interface PanelClaim extends Claim {
  /** The footnote's number, from 1 in each panel, as the marker shows it. */
  readonly number: number;
  /** The point the marker sits on, or null for a marker at the top of the claim's year. */
  readonly at: { readonly seriesKey: string; readonly value: number; readonly axis: 0 | 1 } | null;
  /** "<claim> — <the article>: supported by <evidence>." */
  readonly footnote: string;
}

/** The sentence under the chart: the claim, whose it is, and how the sources bear on it. */
export function claimFootnote(claim: Claim, article = articleCitation()): string {
  return `${claim.claim} — ${article}: ${claim.status} by ${claim.evidence}.`;
}

/**
 * The point a claim is about: its indicator's figure in its year, from the primary series or,
 * failing that, from another publisher's (the article's "130 models" is CCID's count, not WAIC's).
 */
function anchor(claim: Claim, series: readonly ClaimSeries[]): PanelClaim['at'] {
  if (claim.indicator === undefined || claim.year === undefined) return null;
  for (const key of [claim.indicator, `${claim.indicator}:reported`]) {
    const s = series.find((x) => x.key === key);
    const point = s?.observed.find((p) => p.year === claim.year);
    if (s && point) return { seriesKey: s.key, value: point.value, axis: s.axis };
  }
  return null;
}

export function panelClaims(panel: string, series: readonly ClaimSeries[]): PanelClaim[] {
  return CLAIMS.filter((c) => c.panel === panel).map((c, i) => ({
    ...c,
    number: i + 1,
    at: anchor(c, series),
    footnote: claimFootnote(c),
  }));
}
