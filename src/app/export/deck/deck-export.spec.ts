import { TestBed } from '@angular/core/testing';
import { buildPanelViews } from '../../charts/panel-view';
import { GOALS, evaluateGoal } from '../../model/goals';
import { INDICATORS } from '../../model/indicators';
import { DEFAULT_LEVERS } from '../../model/levers';
import { project } from '../../model/project';
import { Deck } from './deck';
import {
  DECK_IO,
  DeckExport,
  DeckIo,
  DeckProgress,
  DeckRequest,
  progressText,
} from './deck-export';
import { PNG_1X1 } from './deck-fixture';

describe('DeckExport', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const views = buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
  );
  const request: DeckRequest = {
    provenance: {
      scenario: 'Plan A',
      modelVersion: 3,
      pack: { name: 'Shipped data', asOf: '2026-04' },
      changedLevers: [],
      link: 'https://example.org/?v=1',
    },
    levers: DEFAULT_LEVERS,
    slides: [
      { view: views[0], note: 'Say it early.' },
      { view: views[1], note: '' },
    ],
  };

  /** Fakes that note what the export was doing whenever it reached them. */
  function setUp(writer: (deck: Deck) => Promise<Blob>, overrides: Partial<DeckIo> = {}) {
    const seen: (DeckProgress | null)[] = [];
    const saved: { fileName: string; blob: Blob }[] = [];
    const written: Deck[] = [];
    const io: DeckIo = {
      loadCharts: async () => ({ svg: () => '<svg></svg>', png: () => PNG_1X1 }),
      loadWriter: async () => {
        seen.push(service.progress());
        return (deck) => {
          seen.push(service.progress());
          written.push(deck);
          return writer(deck);
        };
      },
      paint: async () => {
        seen.push(service.progress());
      },
      save: (fileName, blob) => saved.push({ fileName, blob }),
      ...overrides,
    };
    TestBed.configureTestingModule({ providers: [{ provide: DECK_IO, useValue: io }] });
    const service = TestBed.inject(DeckExport);
    return { service, seen, saved, written };
  }

  it('shows loading, each slide drawn and writing, then nothing once saved', async () => {
    const blob = new Blob(['%PDF-']);
    const { service, seen, saved, written } = setUp(async () => blob);
    expect(service.progress()).toBeNull();

    await service.export('pdf', request);

    expect(seen).toEqual([
      { stage: 'loading', format: 'pdf' },
      { stage: 'drawing', done: 0, total: 2 },
      { stage: 'drawing', done: 1, total: 2 },
      { stage: 'writing', format: 'pdf' },
    ]);
    expect(service.progress()).toBeNull();
    expect(saved.length).toBe(1);
    expect(saved[0].blob).toBe(blob);
    expect(saved[0].fileName).toMatch(/^briefing-plan-a-\d{4}-\d{2}-\d{2}\.pdf$/);
    const [deck] = written;
    expect(deck.provenance.link).toBe('https://example.org/?v=1');
    expect(Date.parse(deck.provenance.exportedAt)).not.toBeNaN();
    expect(deck.slides.map((s) => [s.title, s.note])).toEqual([
      [views[0].title, 'Say it early.'],
      [views[1].title, ''],
    ]);
    expect(deck.slides[0]).toEqual(
      jasmine.objectContaining({ svg: '<svg></svg>', png: PNG_1X1, width: 960, height: 440 }),
    );
  });

  it('says why when a writer fails, saves nothing and shows no progress after', async () => {
    const { service, saved } = setUp(() => Promise.reject(new Error('out of memory')));

    await expectAsync(service.export('pptx', request)).toBeRejectedWithError(
      'The PowerPoint deck could not be built: out of memory',
    );
    expect(service.progress()).toBeNull();
    expect(saved).toEqual([]);
  });

  it('says why when a writer cannot be loaded', async () => {
    const { service } = setUp(async () => new Blob(), {
      loadWriter: () => Promise.reject('offline'),
    });

    await expectAsync(service.export('pdf', request)).toBeRejectedWithError(
      'The PDF deck could not be built: offline',
    );
    expect(service.progress()).toBeNull();
  });
});

describe('progressText', () => {
  it('names the format while loading and writing, and counts slides while drawing', () => {
    expect(progressText({ stage: 'loading', format: 'pptx' })).toBe(
      'Loading the PowerPoint writer…',
    );
    expect(progressText({ stage: 'drawing', done: 0, total: 3 })).toBe('Drawing slide 1 of 3…');
    expect(progressText({ stage: 'writing', format: 'pdf' })).toBe('Writing the PDF file…');
  });
});
