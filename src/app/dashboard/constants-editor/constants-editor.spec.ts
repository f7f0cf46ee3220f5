import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DEFAULT_CONSTANTS } from '../../model/constants';
import { ConstantsEditor } from './constants-editor';

describe('ConstantsEditor', () => {
  let fixture: ComponentFixture<ConstantsEditor>;
  let emitted: { id: string; value: number }[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(ConstantsEditor);
    fixture.componentRef.setInput('constants', DEFAULT_CONSTANTS);
    emitted = [];
    fixture.componentInstance.changed.subscribe((c) => emitted.push(c));
    await fixture.whenStable();
  });

  const field = (id: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(`#constant-${id}`)!;
  const type = async (id: string, text: string) => {
    field(id).value = text;
    field(id).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const alerts = () => [...(fixture.nativeElement as HTMLElement).querySelectorAll('[role=alert]')].map((a) => a.textContent);

  it('shows every constant with its current value', () => {
    expect(field('talentLag').value).toBe('4');
    expect(field('robotsPerDensityPoint').value).toBe('2875');
  });

  it('applies a value in range', async () => {
    await type('robotRetirement', '0.1');
    expect(emitted).toEqual([{ id: 'robotRetirement', value: 0.1 }]);
    expect(alerts()).toEqual([]);
  });

  it('refuses a value out of range or a fractional lag, with a message', async () => {
    await type('robotRetirement', '2');
    await type('talentLag', '2.5');
    expect(emitted).toEqual([]);
    expect(alerts()).toEqual([
      'Talent lag must be a whole number. Not applied.',
      'Robot retirement rate must be between 0 and 0.3. Not applied.',
    ]);
  });
});
