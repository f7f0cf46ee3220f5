import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSliderHarness } from '@angular/material/slider/testing';
import { LEVER_BY_ID, Lever, LeverId } from '../../model/levers';
import { SLIDER_DRAG, SliderDrag } from '../slider-drag';
import { leave, pasteInto, press, typeInto } from '../testing/type-number';
import { LeverControl } from './lever-control';

describe('LeverControl', () => {
  let fixture: ComponentFixture<LeverControl>;
  let emitted: number[];

  /** Shows `lever` at `value`; like the dashboard, puts every emitted value back in as the value in force. */
  async function show(lever: Lever, value: number): Promise<void> {
    fixture = TestBed.createComponent(LeverControl);
    fixture.componentRef.setInput('lever', lever);
    fixture.componentRef.setInput('value', value);
    emitted = [];
    fixture.componentInstance.changed.subscribe((v) => {
      emitted.push(v);
      fixture.componentRef.setInput('value', v);
    });
    await fixture.whenStable();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const numberInput = () => el().querySelector<HTMLInputElement>('input[role=spinbutton]')!;
  const alertText = () => el().querySelector('[role=alert]')?.textContent?.trim() ?? null;
  /** The slider's one thumb, through Material's harness rather than its DOM. */
  const slider = async () =>
    (await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSliderHarness)).getEndThumb();

  describe('R&D growth (0 to 15)', () => {
    const lever = LEVER_BY_ID.rdGrowth;
    beforeEach(() => show(lever, 8));

    it('names the slider and the number input after the lever, and gives the input its range', async () => {
      expect(await (await (await slider()).host()).getAttribute('aria-label')).toBe(lever.label);
      expect(numberInput().getAttribute('aria-label')).toBe(`${lever.label} value`);
      expect(numberInput().type).toBe('text');
      expect(numberInput().getAttribute('inputmode')).toBe('decimal');
      expect(numberInput().getAttribute('aria-valuenow')).toBe('8');
      expect(numberInput().getAttribute('aria-valuemin')).toBe('0');
      expect(numberInput().getAttribute('aria-valuemax')).toBe('15');
      expect(el().querySelector('button.reset')!.getAttribute('aria-label')).toBe(
        `Reset ${lever.label}`,
      );
      expect(numberInput().value).toBe('8');
    });

    it('applies a typed value in range at once', async () => {
      await pasteInto(fixture, numberInput(), '10');
      expect(emitted).toEqual([10]);
      expect(alertText()).toBeNull();
      expect(numberInput().getAttribute('aria-valuenow')).toBe('10');
    });

    it('explains a value out of range and does not apply it', async () => {
      await pasteInto(fixture, numberInput(), '99');
      expect(emitted).toEqual([]);
      expect(alertText()).toBe(
        'R&D spending growth (nominal) must be between 0 and 15 %/yr. Not applied.',
      );
      expect(numberInput().getAttribute('aria-invalid')).toBe('true');
      expect(numberInput().value).toBe('99');
    });

    it('refuses -10 (below the range) instead of applying 10', async () => {
      await typeInto(fixture, numberInput(), '-10');
      expect(emitted).toEqual([]);
      expect(numberInput().value).toBe('-10');
      expect(alertText()).toContain('must be between 0 and 15');
    });

    it('says nothing about an empty field while it is being retyped, and restores the value on Escape', async () => {
      await pasteInto(fixture, numberInput(), '');
      expect(alertText()).toBeNull();
      await press(fixture, numberInput(), 'Escape');
      expect(alertText()).toBeNull();
      expect(numberInput().value).toBe('8');
      expect(emitted).toEqual([]);
    });

    it('emits from the slider and clears a stale message when the value moves', async () => {
      await pasteInto(fixture, numberInput(), '99');
      await (await slider()).setValue(9);
      expect(emitted).toEqual([9]);
      expect(alertText()).toBeNull();
      expect(numberInput().value).toBe('9');
    });

    it('disables reset at the default and emits reset otherwise', async () => {
      const reset = el().querySelector<HTMLButtonElement>('button.reset')!;
      expect(reset.disabled).toBeTrue();
      fixture.componentRef.setInput('value', 9);
      await fixture.whenStable();
      let resets = 0;
      fixture.componentInstance.resetRequested.subscribe(() => resets++);
      reset.click();
      expect(resets).toBe(1);
    });
  });

  describe('a lever that can go negative (US model growth, -30 to 80)', () => {
    const lever = LEVER_BY_ID.modelGrowthUS;
    beforeEach(() => show(lever, 10));

    // Pasted whole: the exact value or nothing. Typed key by key: the values applied on the way.
    const cases: { text: string; pasted: number[]; typed: number[]; alert?: string }[] = [
      { text: '-10', pasted: [-10], typed: [-1, -10] },
      { text: '-', pasted: [], typed: [] },
      { text: '-0.', pasted: [], typed: [0] },
      { text: '1e-1', pasted: [0.1], typed: [1, 0.1] },
      { text: '.5', pasted: [0.5], typed: [0.5] },
      { text: '0,5', pasted: [0.5], typed: [0, 0.5] },
      { text: '\u22123', pasted: [-3], typed: [-3] },
      { text: ' 7 ', pasted: [7], typed: [7] },
      { text: 'abc', pasted: [], typed: [], alert: '“abc” is not a number. Not applied.' },
      {
        text: '-31',
        pasted: [],
        typed: [-3],
        alert: `${lever.label} must be between -30 and 80 %/yr. Not applied.`,
      },
      { text: '1,000', pasted: [], typed: [1], alert: '“1,000” could be read two ways' },
    ];
    for (const { text, pasted, typed, alert } of cases) {
      it(`pasted "${text}" applies ${JSON.stringify(pasted)}, and the field keeps the text`, async () => {
        await pasteInto(fixture, numberInput(), text);
        expect(emitted).toEqual(pasted);
        expect(numberInput().value).toBe(text);
        if (alert) expect(alertText()).toContain(alert);
        else expect(alertText()).toBeNull();
      });

      it(`typed "${text}" key by key is never rewritten and applies ${JSON.stringify(typed)}`, async () => {
        await typeInto(fixture, numberInput(), text);
        expect(emitted).toEqual(typed);
        expect(numberInput().value).toBe(text);
        if (alert) expect(alertText()).toContain(alert);
        else expect(alertText()).toBeNull();
      });
    }

    it('leaving an incomplete entry puts back the value in force and says so', async () => {
      await typeInto(fixture, numberInput(), '-');
      await leave(fixture, numberInput());
      expect(numberInput().value).toBe('10');
      expect(alertText()).toBe('“-” is not a complete number. Not applied: kept 10.');
      expect(numberInput().getAttribute('aria-invalid')).toBeNull();
      expect(emitted).toEqual([]);
    });

    it('leaving an entry out of range puts back the value in force and says why', async () => {
      await pasteInto(fixture, numberInput(), '99');
      await leave(fixture, numberInput());
      expect(numberInput().value).toBe('10');
      expect(alertText()).toBe(
        `${lever.label} must be between -30 and 80 %/yr. Not applied: kept 10.`,
      );
    });

    it('leaving a number that is in force keeps it as typed, and tidies a trailing point', async () => {
      await pasteInto(fixture, numberInput(), '1e-1');
      await leave(fixture, numberInput());
      expect(numberInput().value).toBe('1e-1');
      await typeInto(fixture, numberInput(), '5.');
      await leave(fixture, numberInput());
      expect(numberInput().value).toBe('5');
      expect(alertText()).toBeNull();
    });

    it('ArrowUp and ArrowDown move the value by the lever’s step, within its range', async () => {
      await press(fixture, numberInput(), 'ArrowUp');
      expect(emitted).toEqual([11]);
      expect(numberInput().value).toBe('11');
      await pasteInto(fixture, numberInput(), '-29.5');
      await press(fixture, numberInput(), 'ArrowDown');
      await press(fixture, numberInput(), 'ArrowDown');
      expect(emitted).toEqual([11, -29.5, -30]);
      expect(numberInput().value).toBe('-30');
    });

    it('uses the full keyboard on phones, whose decimal keypad has no minus', () => {
      expect(numberInput().hasAttribute('inputmode')).toBeFalse();
    });
  });

  describe('Basic-research share gain (-0.5 to 1): the case of issue 12', () => {
    beforeEach(() => show(LEVER_BY_ID.basicShareGain, 0.15));

    it('keeps "-0." when the 0 that "-0" applied arrives after the point was typed', async () => {
      const field = numberInput();
      for (const text of ['-', '-0', '-0.']) {
        field.value = text;
        field.dispatchEvent(new Event('input'));
      }
      await fixture.whenStable();
      expect(emitted).toEqual([0]);
      expect(field.value).toBe('-0.');
    });

    it('typing -0.25 key by key gives -0.25, not 0.25', async () => {
      await typeInto(fixture, numberInput(), '-0.25');
      expect(emitted).toEqual([0, -0.2, -0.25]);
      expect(numberInput().value).toBe('-0.25');
      expect(alertText()).toBeNull();
    });

    it('ArrowUp from 0.15 gives 0.2, without floating-point noise', async () => {
      await press(fixture, numberInput(), 'ArrowUp');
      expect(emitted).toEqual([0.2]);
      expect(numberInput().value).toBe('0.2');
    });
  });

  describe('a slider drag', () => {
    let calls: string[];

    beforeEach(async () => {
      calls = [];
      const drag: SliderDrag = {
        lever: signal<LeverId | null>(null),
        started: (lever) => calls.push(`started ${lever}`),
        ended: () => calls.push('ended'),
      };
      TestBed.configureTestingModule({ providers: [{ provide: SLIDER_DRAG, useValue: drag }] });
      await show(LEVER_BY_ID.rdGrowth, 8);
    });

    const thumb = () => el().querySelector<HTMLInputElement>('input[type=range]')!;
    const pointer = (target: EventTarget, type: string) => {
      const box = thumb().getBoundingClientRect();
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          button: 0,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
        }),
      );
    };

    it('starts when the thumb is pressed and ends once, on release over it', () => {
      pointer(thumb(), 'pointerdown');
      expect(calls).toEqual(['started rdGrowth']);
      pointer(thumb(), 'pointerup');
      expect(calls).toEqual(['started rdGrowth', 'ended']);
    });

    it('ends on a release anywhere in the page, or a cancelled pointer', () => {
      pointer(thumb(), 'pointerdown');
      pointer(document.body, 'pointerup');
      pointer(thumb(), 'pointerdown');
      pointer(window, 'pointercancel');
      pointer(document.body, 'pointerup');
      expect(calls).toEqual(['started rdGrowth', 'ended', 'started rdGrowth', 'ended']);
    });

    it('ends when the lever goes away mid-drag', () => {
      pointer(thumb(), 'pointerdown');
      fixture.destroy();
      expect(calls).toEqual(['started rdGrowth', 'ended']);
    });

    it('is no drag when the value moves by keyboard or by setting it', async () => {
      await press(fixture, thumb(), 'ArrowRight');
      await (await slider()).setValue(9);
      expect(calls).toEqual([]);
    });
  });
});
