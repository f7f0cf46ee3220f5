import { PANEL_SPECS } from '../../charts/panel-specs';
import { buildPanelView } from '../../charts/panel-view';
import { leverText } from '../../format/lever-text';
import { DEFAULT_CONSTANTS } from '../../model/constants';
import { GOALS, evaluateGoal } from '../../model/goals';
import { INDICATORS } from '../../model/indicators';
import { DEFAULT_LEVERS } from '../../model/levers';
import { project } from '../../model/project';
import { MODEL_SOURCE, deckOf } from './deck-of';

describe('deckOf', () => {
  const levers = { ...DEFAULT_LEVERS, rdGrowth: 10, exportControls: 0.9 };
  const projection = project(INDICATORS, levers, DEFAULT_CONSTANTS, 2035);
  const statuses = GOALS.map((g) => evaluateGoal(INDICATORS, g, projection));
  const view = (id: string) =>
    buildPanelView(
      PANEL_SPECS.find((s) => s.id === id)!,
      projection,
      GOALS,
      statuses,
    );
  const provenance = {
    scenario: 'S',
    exportedAt: '2026-11-28T12:00:00.000Z',
    modelVersion: 1,
    pack: { name: 'Shipped data', asOf: '2026-04' },
    changedLevers: [],
    link: 'http://x/?v=1',
  };
  const chart = { svg: '<svg/>', png: 'data:image/png;base64,', width: 960, height: 440 };
  const deck = deckOf(provenance, levers, [
    { view: view('rd'), note: 'first', ...chart },
    { view: view('compute'), note: '', ...chart },
    { view: view('rd'), note: 'again', ...chart },
  ]);

  it('carries each slide with its caption from the data and its note, in order', () => {
    expect(deck.slides.map((s) => [s.title, s.note])).toEqual([
      ['R&D spending and intensity', 'first'],
      ['Compute access under export controls', ''],
      ['R&D spending and intensity', 'again'],
    ]);
    expect(deck.slides[0].caption).toBe(view('rd').summary);
  });

  it('lists the changed levers against the baseline, every lever for the closing slide, and each source once', () => {
    expect(deck.changedLevers).toEqual([
      { label: 'R&D spending growth (nominal)', value: '10%/yr', baseline: '8%/yr' },
      {
        label: 'Export-control severity',
        value: '0.9 on a 0–1 scale',
        baseline: '0.6 on a 0–1 scale',
      },
    ]);
    expect(deck.assumptions.length).toBe(15);
    expect(deck.sources).toEqual([view('rd').sources, view('compute').sources, MODEL_SOURCE]);
  });

  it('writes lever values with their units', () => {
    expect(leverText(60, 'people')).toBe('60 people');
    expect(leverText(0.05, 'share/yr')).toBe('0.05 share/yr');
  });
});
