import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DEFAULT_CONSTANTS } from '../../model/constants';
import { DEFAULT_MONTE_CARLO } from '../../model/monte-carlo';
import { ConstantsEditor } from './constants-editor';

describe('ConstantsEditor', () => {
  let fixture: ComponentFixture<ConstantsEditor>;
  let emitted: { id: string; value: number }[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(ConstantsEditor);
    fixture.componentRef.setInput('constants', DEFAULT_CONSTANTS);
    fixture.componentRef.setInput('monteCarlo', DEFAULT_MONTE_CARLO);
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

describe('ConstantsEditor simulation settings', () => {
  it('applies a whole number of paths in range and explains others', async () => {
    const fixture = TestBed.createComponent(ConstantsEditor);
    fixture.componentRef.setInput('constants', DEFAULT_CONSTANTS);
    fixture.componentRef.setInput('monteCarlo', DEFAULT_MONTE_CARLO);
    const emitted: object[] = [];
    fixture.componentInstance.monteCarloChanged.subscribe((c) => emitted.push(c));
    await fixture.whenStable();
    const paths = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#mc-paths')!;
    expect(paths.value).toBe('2000');
    paths.value = '5000';
    paths.dispatchEvent(new Event('input'));
    paths.value = '50';
    paths.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(emitted).toEqual([{ paths: 5000 }]);
    expect((fixture.nativeElement as HTMLElement).querySelector('[role=alert]')!.textContent).toContain(
      'Paths must be between 200 and 20000',
    );
  });
});
