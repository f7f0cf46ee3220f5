import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LEVER_BY_ID } from '../../model/levers';
import { LeverControl } from './lever-control';

describe('LeverControl', () => {
  let fixture: ComponentFixture<LeverControl>;
  let emitted: number[];
  const lever = LEVER_BY_ID.rdGrowth;

  beforeEach(async () => {
    fixture = TestBed.createComponent(LeverControl);
    fixture.componentRef.setInput('lever', lever);
    fixture.componentRef.setInput('value', 8);
    emitted = [];
    fixture.componentInstance.changed.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const numberInput = () => el().querySelector<HTMLInputElement>('input[type=number]')!;
  const typeValue = async (text: string) => {
    numberInput().value = text;
    numberInput().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  it('names the slider and the number input after the lever', () => {
    expect(el().querySelector('input[type=range]')!.getAttribute('aria-label')).toBe(lever.label);
    expect(numberInput().getAttribute('aria-label')).toBe(`${lever.label} value`);
    expect(el().querySelector('button.reset')!.getAttribute('aria-label')).toBe(`Reset ${lever.label}`);
    expect(numberInput().value).toBe('8');
  });

  it('applies a typed value in range at once', async () => {
    await typeValue('10');
    expect(emitted).toEqual([10]);
    expect(el().querySelector('[role=alert]')).toBeNull();
  });

  it('explains a value out of range and does not apply it', async () => {
    await typeValue('99');
    expect(emitted).toEqual([]);
    const alert = el().querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('must be between 0 and 15');
    expect(numberInput().getAttribute('aria-invalid')).toBe('true');
  });

  it('explains an empty entry and restores the value on Escape', async () => {
    await typeValue('');
    expect(el().querySelector('[role=alert]')!.textContent).toContain('needs a number');
    numberInput().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(el().querySelector('[role=alert]')).toBeNull();
    expect(numberInput().value).toBe('8');
    expect(emitted).toEqual([]);
  });

  it('emits from the slider and clears a stale message when the value moves', async () => {
    await typeValue('99');
    const range = el().querySelector<HTMLInputElement>('input[type=range]')!;
    range.value = '9';
    range.dispatchEvent(new Event('input'));
    expect(emitted).toEqual([9]);
    fixture.componentRef.setInput('value', 9);
    await fixture.whenStable();
    expect(el().querySelector('[role=alert]')).toBeNull();
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
