import { PRESETS, Scenario } from '../../scenarios/scenario';
import { DEFAULT_SLIDES, SLIDE_NOTE_MAX } from '../../scenarios/slides';
import { ScenarioManagerActions } from '../scenarios/scenarios.actions';
import { StorageActions } from '../storage/storage.actions';
import { BriefingActions } from './briefing.actions';
import { BriefingState, briefingFeature, initialBriefingState } from './briefing.feature';

const reduce = (
  state: BriefingState,
  ...actions: Parameters<typeof briefingFeature.reducer>[1][]
) => actions.reduce((s, a) => briefingFeature.reducer(s, a), state);

describe('briefing feature', () => {
  it('starts with every panel as a slide, in dashboard order', () => {
    expect(initialBriefingState.slides.map((s) => s.panel)).toEqual([
      'rd',
      'basic',
      'talent',
      'aiIndustry',
      'notableModels',
      'llms',
      'robotics',
      'compute',
    ]);
  });

  it('adds, moves, removes and annotates slides', () => {
    const state = reduce(
      { slides: [] },
      BriefingActions.slideAdded({ panel: 'rd' }),
      BriefingActions.slideAdded({ panel: 'compute' }),
      BriefingActions.slideAdded({ panel: 'llms' }),
      BriefingActions.slideMoved({ from: 2, to: 0 }),
      BriefingActions.slideRemoved({ index: 1 }),
      BriefingActions.slideNoteChanged({ index: 1, note: 'Say why' }),
    );
    expect(state.slides).toEqual([
      { panel: 'llms', note: '' },
      { panel: 'compute', note: 'Say why' },
    ]);
  });

  it('ignores positions that are not slides and panels that do not exist', () => {
    const start = { slides: [{ panel: 'rd' as const, note: '' }] };
    for (const action of [
      BriefingActions.slideRemoved({ index: 1 }),
      BriefingActions.slideRemoved({ index: -1 }),
      BriefingActions.slideMoved({ from: 0, to: 3 }),
      BriefingActions.slideMoved({ from: 0.5, to: 0 }),
      BriefingActions.slideNoteChanged({ index: 2, note: 'x' }),
      BriefingActions.slideAdded({ panel: 'nope' as never }),
    ]) {
      expect(reduce(start, action)).withContext(action.type).toBe(start);
    }
  });

  it('caps a note at its maximum length', () => {
    const state = reduce(
      initialBriefingState,
      BriefingActions.slideNoteChanged({ index: 0, note: 'x'.repeat(SLIDE_NOTE_MAX + 5) }),
    );
    expect(state.slides[0].note.length).toBe(SLIDE_NOTE_MAX);
  });

  it('takes the deck of an opened scenario, and the default deck from a record saved before slides', () => {
    const withSlides: Scenario = { ...PRESETS[1], slides: [{ panel: 'compute', note: 'n' }] };
    expect(
      reduce(
        initialBriefingState,
        ScenarioManagerActions.scenarioOpened({ scenario: withSlides, leaving: null }),
      ).slides,
    ).toEqual(withSlides.slides);
    const legacy = { ...PRESETS[1], slides: undefined } as unknown as Scenario;
    expect(
      reduce(
        { slides: [] },
        ScenarioManagerActions.scenarioOpened({ scenario: legacy, leaving: null }),
      ).slides,
    ).toEqual(DEFAULT_SLIDES);
    const draft = { slides: 'broken' } as never;
    expect(
      reduce(
        { slides: [] },
        StorageActions.scenariosLoaded({
          versions: [],
          activeId: PRESETS[0].id,
          unsaved: null,
          draft,
          pending: null,
          conflicts: [],
        }),
      ).slides,
    ).toEqual(DEFAULT_SLIDES);
  });
});
