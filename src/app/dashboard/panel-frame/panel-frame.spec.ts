import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ECharts } from 'echarts/core';
import { provideEchartsCore } from 'ngx-echarts';
import { AxisLocks, drawnExtents } from '../../charts/axis-lock';
import { PALETTES } from '../../charts/palette';
import { buildPanelOption } from '../../charts/panel-option';
import { buildPanelViews } from '../../charts/panel-view';
import { GOALS, evaluateGoal } from '../../model/goals';
import { INDICATORS } from '../../model/indicators';
import { DEFAULT_LEVERS, LeverId } from '../../model/levers';
import { project } from '../../model/project';
import { REVISED_2024, preliminaryIndicators } from '../../model/testing/preliminary-pack';
import { SLIDER_DRAG } from '../slider-drag';
import { PanelFrame } from './panel-frame';

describe('PanelFrame', () => {
  let fixture: ComponentFixture<PanelFrame>;
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const [rd] = buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
  );

  const provenance = {
    scenario: 'Baseline',
    modelVersion: 2,
    pack: { name: 'Shipped data', asOf: '2026-04' },
    changedLevers: [],
    link: 'https://example.org/?v=2',
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PanelFrame],
      providers: [
        provideEchartsCore({
          echarts: () => import('../../charts/echarts-setup').then((m) => m.default),
        }),
      ],
    });
    await TestBed.compileComponents(); // the chart is in a @defer block
    fixture = TestBed.createComponent(PanelFrame);
    fixture.componentRef.setInput('view', rd);
    fixture.componentRef.setInput('palette', PALETTES.light);
    fixture.componentRef.setInput('provenance', provenance);
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;

  it('is a region named by its title, with the sources under it', () => {
    const section = el().querySelector('section')!;
    const title = el().querySelector(`#${section.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toBe('R&D spending and intensity');
    expect(el().querySelector('.sources')!.textContent).toContain('NBS');
    expect(el().querySelector('.sources')!.textContent).toMatch(
      /\. Data as of April 2026 \(Shipped data\)\.$/,
    );
  });

  it('names the pack’s date, notes preliminary points and lists vintages in the table', async () => {
    const pack = preliminaryIndicators();
    const p = project(pack, DEFAULT_LEVERS);
    const [view] = buildPanelViews(
      p,
      GOALS,
      GOALS.map((g) => evaluateGoal(pack, g, p)),
    );
    fixture.componentRef.setInput('view', view);
    fixture.componentRef.setInput('provenance', {
      ...provenance,
      pack: { name: 'Spec pack', asOf: '2026-01-19' },
    });
    fixture.componentRef.setInput('tableOpen', true);
    await fixture.whenStable();
    expect(el().querySelector('.sources')!.textContent).toContain(
      'Data as of 19 January 2026 (Spec pack).',
    );
    expect(el().querySelector('.note')!.textContent).toContain('preliminary figure (2025)');
    const table = el().querySelector('table')!;
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers.slice(0, 7)).toEqual([
      'Series',
      'Year',
      'Value',
      'Kind',
      'Source',
      'Vintage',
      'Released',
    ]);
    expect(headers.at(-1)).toBe('Earlier vintages');
    const cells = (year: string) =>
      [...table.querySelectorAll('tbody tr')]
        .find(
          (tr) =>
            tr.children[0].textContent === 'R&D spending (GERD)' &&
            tr.children[1].textContent === year &&
            tr.children[3].textContent === 'observed',
        )!
        .querySelectorAll('td');
    const text = (year: string) => [...cells(year)].map((td) => td.textContent!.trim());
    expect(text('2025').slice(5, 7)).toEqual(['preliminary', '2026-01-19']);
    expect(cells('2025')[0].parentElement!.classList).toContain('preliminary');
    expect(text('2024')[2]).toBe(String(REVISED_2024));
    expect(text('2024').at(-1)).toBe('3632.68 (preliminary, released 2025-01-20)');
  });

  it('lists the article’s claims under the chart as numbered footnotes naming the article', () => {
    const items = [...el().querySelectorAll('ol.claims li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items.length).toBe(1);
    expect(items[0]).toMatch(
      /^1\. China "investing handsomely in R&D" — the article .*: supported by GERD/,
    );
    expect(el().querySelector('ol.claims')!.getAttribute('aria-label')).toBe(
      'The article’s claims on R&D spending and intensity',
    );
    expect(el().textContent).not.toContain('Article’s claim');
  });

  it('offers a log/linear switch only where growth spans decades, kept across lever moves', async () => {
    const logButton = () =>
      [...el().querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => b.textContent!.trim() === 'Log scale',
      );
    expect(logButton()).toBeUndefined();
    const llms = buildPanelViews(
      projection,
      GOALS,
      GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
    ).find((v) => v.id === 'llms')!;
    fixture.componentRef.setInput('view', llms);
    await fixture.whenStable();
    expect(logButton()!.getAttribute('aria-pressed')).toBe('true');
    expect(el().querySelector('.chart')!.classList).toContain('stacked');
    logButton()!.click();
    await fixture.whenStable();
    expect(logButton()!.getAttribute('aria-pressed')).toBe('false');
    // A lever move brings a new view of the same panel: the analyst's choice stays.
    fixture.componentRef.setInput('view', { ...llms, summary: `${llms.summary} ` });
    await fixture.whenStable();
    expect(logButton()!.getAttribute('aria-pressed')).toBe('false');
  });

  it('gives the chart a summary from the data', () => {
    const chart = el().querySelector('[role=img]')!;
    expect(chart.getAttribute('aria-label')).toContain(
      // 2.8 × (1.08 / 1.045)⁵ = 3.30, shown to three significant digits.
      'R&D intensity reaches 3.3% of GDP in 2030',
    );
  });

  it('shows the data table only when open, captioned with the title and unrounded', async () => {
    const button = el().querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(button.textContent!.trim()).toBe('View data');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(el().querySelector('table')).toBeNull();
    let toggled = 0;
    fixture.componentInstance.tableToggled.subscribe(() => toggled++);
    button.click();
    expect(toggled).toBe(1);

    fixture.componentRef.setInput('tableOpen', true);
    await fixture.whenStable();
    const table = el().querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('R&D spending and intensity');
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Series',
      'Year',
      'Value',
      'Kind',
      'Source',
      'Vintage',
      'Released',
    ]);
    const row = (year: number) =>
      [...table.querySelectorAll('tbody tr')].find(
        (tr) =>
          tr.children[0].textContent === 'R&D spending (GERD)' &&
          tr.children[1].textContent === String(year),
      )!;
    expect(row(2025).children[2].textContent).toBe('3926.2');
    expect(row(2025).children[3].textContent).toBe('observed');
    expect(row(2026).children[2].textContent).toBe(String(3926.2 * 1.08));
    expect(row(2026).children[3].textContent).toBe('projected');
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('creates the chart from the lazily loaded ECharts', async () => {
    const chartDiv = el().querySelector<HTMLElement>('.chart')!;
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = () =>
        chartDiv.querySelector('canvas')
          ? resolve()
          : Date.now() - started > 5000
            ? reject(new Error('no chart'))
            : setTimeout(poll, 20);
      poll();
    });
    expect(chartDiv.querySelector('canvas')).not.toBeNull();
  });

  describe('while a slider is dragged', () => {
    const lever = signal<LeverId | null>(null);
    let chart: Promise<ECharts>;

    /** The R&D panel with R&D growing `growth` %/yr. */
    const rdAt = (growth: number) => {
      const p = project(INDICATORS, { ...DEFAULT_LEVERS, rdGrowth: growth });
      return buildPanelViews(
        p,
        GOALS,
        GOALS.map((g) => evaluateGoal(INDICATORS, g, p)),
      )[0];
    };
    const extents = async (): Promise<AxisLocks> =>
      drawnExtents(await chart, buildPanelOption(rd, PALETTES.light));

    beforeEach(async () => {
      lever.set(null);
      fixture.destroy();
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({
        imports: [PanelFrame],
        providers: [
          provideEchartsCore({
            echarts: () => import('../../charts/echarts-setup').then((m) => m.default),
          }),
          {
            provide: SLIDER_DRAG,
            useValue: { lever, started: () => undefined, ended: () => undefined },
          },
        ],
      });
      await TestBed.compileComponents();
      fixture = TestBed.createComponent(PanelFrame);
      chart = new Promise((resolve) =>
        fixture.nativeElement.addEventListener('echarts-init', (e: CustomEvent<ECharts>) =>
          resolve(e.detail),
        ),
      );
      fixture.componentRef.setInput('view', rd);
      fixture.componentRef.setInput('palette', PALETTES.light);
      fixture.componentRef.setInput('provenance', provenance);
      await fixture.whenStable();
      await chart;
    });

    const show = async (view = rd) => {
      fixture.componentRef.setInput('view', view);
      await fixture.whenStable();
    };

    it('keeps the value axes where they were, and rescales on release', async () => {
      await show(rdAt(8)); // the same numbers: the chart as drawn
      const before = await extents();
      lever.set('rdGrowth');
      await show(rdAt(4)); // smaller numbers: a free axis would shrink
      expect(await extents()).toEqual(before);
      lever.set(null);
      await show(rdAt(4));
      const after = await extents();
      expect(after[0]!.max).toBeLessThan(before[0]!.max);
    });

    it('grows an axis only where the data would leave it, and keeps what it grew to', async () => {
      const before = await extents();
      lever.set('rdGrowth');
      await show(rdAt(15));
      const grown = await extents();
      const top = Math.max(...rdAt(15).series[0].projected.map((p) => p.value));
      expect(grown[0]!.max).toBeGreaterThanOrEqual(top);
      expect(grown[0]!.min).toBe(before[0]!.min);
      await show(rdAt(9));
      expect(await extents()).toEqual(grown);
    });
  });
});
