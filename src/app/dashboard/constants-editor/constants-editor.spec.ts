import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ConstantId, DEFAULT_CONSTANTS } from '../../model/constants';
import { DEFAULT_MONTE_CARLO, MonteCarloSettings } from '../../model/monte-carlo';
import { leave, pasteInto, press, typeInto } from '../testing/type-number';
import { ConstantsEditor } from './constants-editor';

describe('ConstantsEditor', () => {
  let fixture: ComponentFixture<ConstantsEditor>;
  let emitted: { id: string; value: number }[];
  let runEmitted: Partial<MonteCarloSettings>[];

  // Like the dashboard, every emitted value comes back in as the value in force.
  beforeEach(async () => {
    fixture = TestBed.createComponent(ConstantsEditor);
    fixture.componentRef.setInput('constants', DEFAULT_CONSTANTS);
    fixture.componentRef.setInput('monteCarlo', DEFAULT_MONTE_CARLO);
    emitted = [];
    runEmitted = [];
    fixture.componentInstance.changed.subscribe((c) => {
      emitted.push(c);
      fixture.componentRef.setInput('constants', {
        ...fixture.componentInstance.constants(),
        [c.id]: c.value,
      });
    });
    fixture.componentInstance.monteCarloChanged.subscribe((c) => {
      runEmitted.push(c);
      fixture.componentRef.setInput('monteCarlo', {
        ...fixture.componentInstance.monteCarlo(),
        ...c,
      });
    });
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const field = (id: ConstantId) => el().querySelector<HTMLInputElement>(`#constant-${id}`)!;
  const paths = () => el().querySelector<HTMLInputElement>('#mc-paths')!;
  const seed = () => el().querySelector<HTMLInputElement>('#mc-seed')!;
  const alerts = () => [...el().querySelectorAll('[role=alert]')].map((a) => a.textContent!.trim());

  it('shows every constant with its current value in a text field the browser never rewrites', () => {
    expect(field('talentLag').value).toBe('4');
    expect(field('robotsPerDensityPoint').value).toBe('2875');
    expect(field('talentLag').type).toBe('text');
    expect(field('talentLag').getAttribute('inputmode')).toBe('numeric');
    expect(field('talentElasticity').getAttribute('inputmode')).toBe('decimal');
    expect(paths().getAttribute('inputmode')).toBe('numeric');
  });

  it('applies a value in range', async () => {
    await pasteInto(fixture, field('robotRetirement'), '0.1');
    expect(emitted).toEqual([{ id: 'robotRetirement', value: 0.1 }]);
    expect(alerts()).toEqual([]);
  });

  it('refuses a value out of range or a fractional lag, with a message', async () => {
    await pasteInto(fixture, field('robotRetirement'), '2');
    await pasteInto(fixture, field('talentLag'), '2.5');
    expect(emitted).toEqual([]);
    expect(alerts()).toEqual([
      'Talent lag must be a whole number. Not applied.',
      'Robot retirement rate must be between 0 and 0.3. Not applied.',
    ]);
    expect(field('talentLag').getAttribute('aria-invalid')).toBe('true');
  });

  describe('typed numbers: Talent elasticity (0 to 2)', () => {
    const cases: { text: string; applied: number | null; alert?: string }[] = [
      {
        text: '-10',
        applied: null,
        alert: 'Talent elasticity must be between 0 and 2. Not applied.',
      },
      { text: '-', applied: null },
      { text: '-0.', applied: null },
      { text: '1e-1', applied: 0.1 },
      { text: '.5', applied: 0.5 },
      { text: '0,5', applied: 0.5 },
      {
        text: '\u22123',
        applied: null,
        alert: 'Talent elasticity must be between 0 and 2. Not applied.',
      },
      { text: 'abc', applied: null, alert: '“abc” is not a number. Not applied.' },
      {
        text: '2.05',
        applied: null,
        alert: 'Talent elasticity must be between 0 and 2. Not applied.',
      },
    ];
    for (const { text, applied, alert } of cases) {
      it(`"${text}" ${applied === null ? 'applies nothing' : `applies ${applied}`} and stays as typed`, async () => {
        await pasteInto(fixture, field('talentElasticity'), text);
        expect(emitted).toEqual(
          applied === null ? [] : [{ id: 'talentElasticity', value: applied }],
        );
        expect(field('talentElasticity').value).toBe(text);
        expect(alerts()).toEqual(alert ? [alert] : []);
      });
    }

    it('typed key by key, "0,25" and "1e-1" are never rewritten on the way', async () => {
      await typeInto(fixture, field('talentElasticity'), '0,25');
      expect(field('talentElasticity').value).toBe('0,25');
      await typeInto(fixture, field('talentElasticity'), '1e-1');
      expect(field('talentElasticity').value).toBe('1e-1');
      expect(emitted.map((e) => e.value)).toEqual([0, 0.2, 0.25, 1, 0.1]);
    });

    it('leaving an entry that cannot be applied puts back the value in force and says so', async () => {
      await pasteInto(fixture, field('talentElasticity'), '-');
      await leave(fixture, field('talentElasticity'));
      expect(field('talentElasticity').value).toBe('0.5');
      expect(alerts()).toEqual(['“-” is not a complete number. Not applied: kept 0.5.']);
    });

    it('ArrowUp moves the constant by its step', async () => {
      await press(fixture, field('talentElasticity'), 'ArrowUp');
      expect(emitted).toEqual([{ id: 'talentElasticity', value: 0.55 }]);
      expect(field('talentElasticity').value).toBe('0.55');
    });
  });

  describe('Monte Carlo settings', () => {
    it('applies a whole number of paths in range and explains others', async () => {
      expect(paths().value).toBe('2000');
      await pasteInto(fixture, paths(), '5000');
      await pasteInto(fixture, paths(), '50');
      expect(runEmitted).toEqual([{ paths: 5000 }]);
      expect(alerts()).toEqual(['Paths must be between 200 and 20000. Not applied.']);
    });

    const pathsCases: { text: string; applied: number | null; alert?: string }[] = [
      { text: '-10', applied: null, alert: 'Paths must be between 200 and 20000. Not applied.' },
      { text: '-', applied: null },
      { text: '-0.', applied: null },
      { text: '1e-1', applied: null, alert: 'Paths must be between 200 and 20000. Not applied.' },
      { text: '.5', applied: null, alert: 'Paths must be between 200 and 20000. Not applied.' },
      { text: '0,5', applied: null, alert: 'Paths must be between 200 and 20000. Not applied.' },
      {
        text: '\u22123',
        applied: null,
        alert: 'Paths must be between 200 and 20000. Not applied.',
      },
      { text: 'abc', applied: null, alert: '“abc” is not a number. Not applied.' },
      { text: '5e3', applied: 5000 },
      { text: '2500.5', applied: null, alert: 'Paths must be a whole number. Not applied.' },
      {
        text: '1,000',
        applied: null,
        alert:
          '“1,000” could be read two ways: type 1000 without the comma, or 1.000 with a decimal point. Not applied.',
      },
    ];
    for (const { text, applied, alert } of pathsCases) {
      it(`paths "${text}" ${applied === null ? 'applies nothing' : `applies ${applied}`}`, async () => {
        await pasteInto(fixture, paths(), text);
        expect(runEmitted).toEqual(applied === null ? [] : [{ paths: applied }]);
        expect(paths().value).toBe(text);
        expect(alerts()).toEqual(alert ? [alert] : []);
        expect(paths().getAttribute('aria-invalid')).toBe(alert ? 'true' : null);
      });
    }

    const seedCases: { text: string; applied: number | null; alert?: string }[] = [
      { text: '-10', applied: null, alert: 'Seed must be between 0 and 2147483647. Not applied.' },
      { text: '-', applied: null },
      { text: '-0.', applied: null },
      { text: '1e-1', applied: null, alert: 'Seed must be a whole number. Not applied.' },
      { text: '.5', applied: null, alert: 'Seed must be a whole number. Not applied.' },
      { text: '0,5', applied: null, alert: 'Seed must be a whole number. Not applied.' },
      {
        text: '\u22123',
        applied: null,
        alert: 'Seed must be between 0 and 2147483647. Not applied.',
      },
      { text: 'abc', applied: null, alert: '“abc” is not a number. Not applied.' },
      { text: '7', applied: 7 },
      { text: '1e1', applied: 10 },
    ];
    for (const { text, applied, alert } of seedCases) {
      it(`seed "${text}" ${applied === null ? 'applies nothing' : `applies ${applied}`}`, async () => {
        await pasteInto(fixture, seed(), text);
        expect(runEmitted).toEqual(applied === null ? [] : [{ seed: applied }]);
        expect(seed().value).toBe(text);
        expect(alerts()).toEqual(alert ? [alert] : []);
      });
    }

    it('typing -0.5 into the seed never turns it into 5', async () => {
      await typeInto(fixture, seed(), '-0.5');
      expect(seed().value).toBe('-0.5');
      expect(runEmitted).toEqual([{ seed: 0 }]);
      expect(alerts()).toEqual(['Seed must be between 0 and 2147483647. Not applied.']);
      await leave(fixture, seed());
      expect(seed().value).toBe('0');
      expect(alerts()).toEqual(['Seed must be between 0 and 2147483647. Not applied: kept 0.']);
    });

    it('ArrowUp moves the paths by 100', async () => {
      await press(fixture, paths(), 'ArrowUp');
      expect(runEmitted).toEqual([{ paths: 2100 }]);
      expect(paths().value).toBe('2100');
    });
  });
});
