import { ARTICLE, CLAIMS, articleCitation } from '../model/claims';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { claimFootnote } from './panel-claims';
import { buildPanelViews } from './panel-view';

describe('panel claims', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const views = buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
  );
  const view = (id: string) => views.find((v) => v.id === id)!;

  it('numbers each panel’s claims from 1 and names the article in every footnote', () => {
    const shown = views.flatMap((v) => v.claims);
    expect(shown.length).toBe(CLAIMS.filter((c) => c.panel).length);
    for (const v of views) {
      expect(v.claims.map((c) => c.number)).toEqual(v.claims.map((_, i) => i + 1));
      for (const c of v.claims) {
        expect(c.footnote).toContain(` — ${articleCitation()}: ${c.status} by ${c.evidence}.`);
        expect(c.footnote.startsWith(c.claim)).toBeTrue();
      }
    }
  });

  it('sits the marker on the figure a claim is about, else at its year', () => {
    expect(view('rd').claims[0].at).toEqual({ seriesKey: 'rdSpend', value: 3632.68, axis: 0 });
    expect(view('talent').claims[0].at).toEqual(
      jasmine.objectContaining({ seriesKey: 'programsCancelled', value: 1670 }),
    );
    expect(view('aiIndustry').claims[0].at).toBeNull();
    expect(view('llms').claims[0].at).toBeNull();
  });

  it('cites the article by title, outlet and date once they are on record, and says so until then', () => {
    expect(ARTICLE.title).toBeNull();
    expect(articleCitation()).toContain('not on record');
    expect(articleCitation({ title: 'A headline', outlet: 'The Outlet', date: '1 Jan 2025' })).toBe(
      'the article “A headline”, The Outlet, 1 Jan 2025',
    );
    const claim = CLAIMS.find((c) => c.id === 'rdInvestment')!;
    expect(claimFootnote(claim, 'the article X')).toBe(
      'China "investing handsomely in R&D" — the article X: supported by GERD 3,632.68 bn yuan in 2024, 2.69% of GDP, +8.9%.',
    );
  });
});
