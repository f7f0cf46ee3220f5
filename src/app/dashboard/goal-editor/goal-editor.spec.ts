import { ComponentFixture, TestBed } from '@angular/core/testing';
import { GOALS, Goal } from '../../model/goals';
import { pasteInto, typeInto } from '../testing/type-number';
import { GoalEditor } from './goal-editor';

describe('GoalEditor', () => {
  let fixture: ComponentFixture<GoalEditor>;
  let saved: Goal[];
  const start: Goal = {
    ...GOALS.find((g) => g.id === 'rdIntensity2030')!,
    id: 'custom-x',
    type: 'custom',
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(GoalEditor);
    fixture.componentRef.setInput('goal', start);
    saved = [];
    fixture.componentInstance.saved.subscribe((g) => saved.push(g));
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const field = (label: string) => {
    const l = [...el().querySelectorAll('label')].find((x) =>
      x.textContent!.trim().startsWith(label),
    )!;
    return el().querySelector<HTMLInputElement>(`#${l.htmlFor}`)!;
  };
  const set = async (label: string, value: string) => {
    const f = field(label);
    f.value = value;
    f.dispatchEvent(new Event(f.tagName === 'SELECT' ? 'change' : 'input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };

  it('saves an edited threshold goal as the analyst’s own', async () => {
    await set('Threshold', '3.1');
    await set('Name', 'Intensity 3.1% by 2032');
    await set('Deadline', '2032');
    await submit();
    expect(saved.length).toBe(1);
    expect(saved[0]).toEqual(
      jasmine.objectContaining({
        id: 'custom-x',
        type: 'custom',
        kind: 'threshold',
        threshold: 3.1,
        deadline: 2032,
      }),
    );
  });

  it('writes a growth goal', async () => {
    await set('Kind', 'growth');
    await set('Indicator', 'robotInstalls');
    await set('Average growth at least', '5');
    await set('From year', '2021');
    await set('Deadline', '2030');
    await submit();
    expect(saved[0]).toEqual(
      jasmine.objectContaining({
        kind: 'growth',
        indicator: 'robotInstalls',
        minGrowth: 5,
        fromYear: 2021,
      }),
    );
  });

  it('shows what is wrong and saves nothing', async () => {
    await set('Threshold', '');
    await set('Deadline', '2050');
    await submit();
    expect(saved).toEqual([]);
    const alerts = [...el().querySelectorAll('[role=alert]')].map((a) => a.textContent!.trim());
    expect(alerts.sort()).toEqual([
      'The deadline must be a year from 2020 to 2040.',
      'The threshold needs a number.',
    ]);
  });

  describe('typed numbers', () => {
    const alerts = () =>
      [...el().querySelectorAll('[role=alert]')].map((a) => a.textContent!.trim());
    const thresholdCases: { text: string; saved: number | null; alert?: string; live?: boolean }[] =
      [
        { text: '-10', saved: -10 },
        { text: '-', saved: null, alert: '“-” is not a complete number.' },
        { text: '-0.', saved: null, alert: '“-0.” is not a complete number.' },
        { text: '1e-1', saved: 0.1 },
        { text: '.5', saved: 0.5 },
        { text: '0,5', saved: 0.5 },
        { text: '\u22123', saved: -3 },
        { text: ' 2.8 ', saved: 2.8 },
        { text: '', saved: null, alert: 'The threshold needs a number.' },
        { text: 'abc', saved: null, alert: '“abc” is not a number.', live: true },
        {
          text: '1,000',
          saved: null,
          alert:
            '“1,000” could be read two ways: type 1000 without the comma, or 1.000 with a decimal point.',
          live: true,
        },
      ];
    for (const { text, saved: value, alert, live } of thresholdCases) {
      it(`threshold "${text}" ${value === null ? 'is refused' : `saves ${value}`}, and the field keeps the text`, async () => {
        await typeInto(fixture, field('Threshold'), text);
        expect(field('Threshold').value).toBe(text);
        expect(alerts()).toEqual(live ? [alert!] : []);
        await submit();
        expect(field('Threshold').value).toBe(text);
        if (value === null) {
          expect(saved).toEqual([]);
          expect(alerts()).toEqual([alert!]);
          expect(field('Threshold').getAttribute('aria-invalid')).toBe('true');
        } else {
          expect(saved.length).toBe(1);
          expect(saved[0]).toEqual(
            jasmine.objectContaining({ kind: 'threshold', threshold: value }),
          );
          expect(alerts()).toEqual([]);
        }
      });
    }

    it('a live message goes once the text can become a number again', async () => {
      await pasteInto(fixture, field('Threshold'), '2.8x');
      expect(alerts()).toEqual(['“2.8x” is not a number.']);
      await pasteInto(fixture, field('Threshold'), '2.8');
      expect(alerts()).toEqual([]);
    });

    it('years refuse decimals and out-of-range values, and read typed forms exactly', async () => {
      await set('Kind', 'growth');
      await set('Average growth at least', '\u22121,5');
      await set('From year', '2021.5');
      await set('Deadline', '2050');
      await submit();
      expect(saved).toEqual([]);
      expect(alerts().sort()).toEqual([
        'The deadline must be a year from 2020 to 2040.',
        'The start year must be a whole year.',
      ]);
      await set('From year', '2.021e3');
      await set('Deadline', ' 2030 ');
      await submit();
      expect(saved[0]).toEqual(
        jasmine.objectContaining({
          kind: 'growth',
          minGrowth: -1.5,
          fromYear: 2021,
          deadline: 2030,
        }),
      );
    });

    it('a year with a thousands comma is refused with what to type', async () => {
      await pasteInto(fixture, field('Deadline'), '2,030');
      expect(alerts()).toEqual([
        '“2,030” could be read two ways: type 2030 without the comma, or 2.030 with a decimal point.',
      ]);
      await submit();
      expect(saved).toEqual([]);
    });

    it('uses text fields with a numeric keyboard for years', () => {
      expect(field('Threshold').type).toBe('text');
      expect(field('Deadline').getAttribute('inputmode')).toBe('numeric');
    });
  });
});
