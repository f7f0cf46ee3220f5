import { SHIPPED_PACK, newestRelease } from './data-pack';
import {
  HistoryPoint,
  INDICATORS,
  INDICATOR_BY_ID,
  IndicatorData,
  IndicatorId,
  gdpHelperPoint,
  lastObservedYear,
  primaryHistory,
} from './indicators';
import { DEFAULT_LEVERS } from './levers';
import { project, valueAt } from './project';
import { isoDate } from './sources';

const history = (id: IndicatorId) => INDICATOR_BY_ID[id].history;
const at = (id: IndicatorId, year: number) =>
  history(id).find((p) => p.primary && p.year === year)!;

describe('the shipped pack (SOURCES.md, update of 2026)', () => {
  it('has the preliminary 2025 R&D figures with their release dates and links', () => {
    expect(at('rdSpend', 2025)).toEqual(
      jasmine.objectContaining({
        value: 3926.2,
        vintage: 'preliminary',
        released: '2026-01-19',
        url: 'https://www.cnhubei.com/content/2026-01/20/content_19783026.html',
        confidence: 'H',
      }),
    );
    expect(at('rdIntensity', 2025)).toEqual(
      jasmine.objectContaining({
        value: 2.8,
        vintage: 'preliminary',
        released: '2026-01-19',
        url: 'https://www.globaltimes.cn/page/202601/1353604.shtml',
      }),
    );
    expect(at('basicShare', 2025)).toEqual(
      jasmine.objectContaining({
        value: 7.08,
        vintage: 'preliminary',
        released: '2026-03-05',
        confidence: 'M',
        url: 'https://www.etnet.com.hk/www/tc/forex/news-article/20260305755',
      }),
    );
    expect(at('basicShare', 2025).source.publisher).toBe('MOST');
  });

  it('keeps the communiqué figures final, released the year after', () => {
    for (const id of ['rdSpend', 'rdIntensity', 'basicShare'] as const) {
      for (const p of history(id).filter((p) => p.year <= 2024)) {
        expect(p.vintage).withContext(`${id} ${p.year}`).toBe('final');
        // 2015 is derived from the 2016 communiqué, published in 2017.
        expect(p.released)
          .withContext(`${id} ${p.year}`)
          .toBe(String(p.year === 2015 ? 2017 : p.year + 1));
      }
    }
  });

  it('anchors the GDP helper on the last year with both GERD and intensity', () => {
    const gdp = history('gdp');
    expect(gdp.length).toBe(1);
    expect(gdp[0]).toEqual(
      jasmine.objectContaining({
        year: 2025,
        value: 3926.2 / (2.8 / 100),
        vintage: 'preliminary',
        released: '2026-01-19',
        derived: true,
      }),
    );
    expect(INDICATOR_BY_ID.gdp.definition).toBe(
      'Nominal GDP implied by GERD and intensity in the last year both are observed (2025: 3,926.2 / 0.0280)',
    );
    expect(gdp[0].definition).toBe(INDICATOR_BY_ID.gdp.definition);
    // Without the 2025 intensity, the anchor falls back to 2024 and its final figures.
    const older = gdpHelperPoint(
      history('rdSpend'),
      history('rdIntensity').filter((p) => p.year < 2025),
    );
    expect(older.year).toBe(2024);
    expect(older.value).toBe(3632.68 / (2.69 / 100));
    expect(older.vintage).toBe('final');
    expect(older.definition).toContain('(2024: 3,632.68 / 0.0269)');
  });

  it('has the AI Index 2026 notable models for 2025, and not the superseded transcription', () => {
    expect(at('notableModelsUS', 2025).value).toBe(50);
    expect(at('notableModelsCN', 2025).value).toBe(30);
    expect(at('notableModelsUS', 2025).released).toBe('2026-04');
    expect(at('notableModelsUS', 2024).released).toBe('2025-04');
    for (const id of ['notableModelsUS', 'notableModelsCN'] as const) {
      const values = history(id)
        .flatMap((p) => [p, ...(p.earlier ?? [])])
        .map((p) => p.value);
      expect(values).not.toContain(59);
      expect(values).not.toContain(35);
    }
  });

  it('carries the corrections: derived LLM count, IFR revisions, core AI confidence', () => {
    // Not the primary series (WAIC is), yet shown: so labelled derived.
    const caict = (id: IndicatorId) => history(id).find((p) => p.year === 2024)!;
    expect(caict('llmsCN').derived).toBeTrue();
    expect(caict('llmsCN').value).toBe(478);
    expect(caict('llmsWorld').derived).toBeFalse();
    const installs = at('robotInstalls', 2022);
    expect(installs.value).toBe(290144);
    expect(installs.vintage).toBe('restated');
    expect(installs.earlier?.map((p) => [p.value, p.vintage, p.released])).toEqual([
      [290258, 'final', '2023'],
    ]);
    expect(installs.earlier![0].source.title).toBe('World Robotics 2023');
    expect(at('robotDensity', 2022).value).toBe(402);
    expect(at('robotDensity', 2022).released).toBe('2024-11');
    for (const p of history('aiCoreIndustry'))
      expect(p.confidence).withContext(`${p.year}`).toBe('M');
  });

  it('dates every release as an ISO day, month or year', () => {
    const all = (p: HistoryPoint): HistoryPoint[] => [p, ...(p.earlier ?? []).flatMap(all)];
    for (const ind of INDICATORS) {
      for (const p of ind.history.flatMap(all)) {
        expect(p.released)
          .withContext(`${ind.id} ${p.year}`)
          .toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        // A figure cannot be released before the year it describes has begun.
        expect(Number(p.released.slice(0, 4)))
          .withContext(`${ind.id} ${p.year}`)
          .toBeGreaterThan(p.year - 1);
      }
    }
    expect(isoDate('20 Jul 2017')).toBe('2017-07-20');
    expect(isoDate('Dec 2025')).toBe('2025-12');
    expect(isoDate('2024')).toBe('2024');
    expect(isoDate('2019–2022')).toBeUndefined();
  });

  it('is dated by its newest release', () => {
    expect(SHIPPED_PACK.asOf).toBe('2026-04');
    expect(newestRelease(INDICATORS)).toBe('2026-04');
  });
});

describe('re-anchoring on the latest observed year', () => {
  const base = project(INDICATORS, DEFAULT_LEVERS);
  // Each projection starts the year after its own last point, whatever that point's vintage.
  const starts: Partial<Record<IndicatorId, number>> = {
    rdSpend: 2026,
    gdp: 2026,
    rdIntensity: 2026,
    basicShare: 2026,
    aiUniversities: 2025,
    aiCoreIndustry: 2026,
    notableModelsCN: 2026,
    notableModelsUS: 2026,
    llmsCN: 2026,
    llmsWorld: 2026,
    llmShareCN: 2026,
    robotInstalls: 2025,
    robotDensity: 2024,
  };
  const withPoint = (ids: readonly IndicatorId[], year: number, factor = 1.1): IndicatorData =>
    INDICATORS.map((ind) => {
      if (!ids.includes(ind.id)) return ind;
      const last = primaryHistory(ind).at(-1)!;
      const added: HistoryPoint = { ...last, year, value: last.value * factor, vintage: 'final' };
      return { ...ind, history: [...ind.history, added] };
    });

  for (const [id, start] of Object.entries(starts) as [IndicatorId, number][]) {
    it(`starts ${id} in ${start}, and a year later after a new last point`, () => {
      expect(lastObservedYear(INDICATOR_BY_ID[id])).toBe(start - 1);
      expect(base.series[id][0].year).toBe(start);
      // The LLM counts come as one release for China and the world, so they move together.
      const llms: IndicatorId[] = ['llmsCN', 'llmsWorld', 'llmShareCN'];
      const moved = llms.includes(id) ? llms : [id];
      const data = withPoint(moved, start);
      const p = project(data, DEFAULT_LEVERS);
      const added = primaryHistory(data.find((ind) => ind.id === id)!).at(-1)!;
      expect(p.series[id][0].year).toBe(start + 1);
      expect(valueAt(p, id, start)).toBe(added.value);
    });
  }

  it('grows R&D spending on from a new last point at rdGrowth', () => {
    const p = project(withPoint(['rdSpend'], 2026), DEFAULT_LEVERS);
    expect(valueAt(p, 'rdSpend', 2027)).toBeCloseTo(3926.2 * 1.1 * 1.08, 9);
  });
});
