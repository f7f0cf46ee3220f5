import { ComponentFixture, TestBed } from '@angular/core/testing';
import { GOALS, Goal } from '../../model/goals';
import { GoalEditor } from './goal-editor';

describe('GoalEditor', () => {
  let fixture: ComponentFixture<GoalEditor>;
  let saved: Goal[];
  const start: Goal = { ...GOALS.find((g) => g.id === 'rdIntensity2030')!, id: 'custom-x', type: 'custom' };

  beforeEach(async () => {
    fixture = TestBed.createComponent(GoalEditor);
    fixture.componentRef.setInput('goal', start);
    saved = [];
    fixture.componentInstance.saved.subscribe((g) => saved.push(g));
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const field = (label: string) => {
    const l = [...el().querySelectorAll('label')].find((x) => x.textContent!.trim().startsWith(label))!;
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
    expect(saved[0]).toEqual(jasmine.objectContaining({ id: 'custom-x', type: 'custom', kind: 'threshold', threshold: 3.1, deadline: 2032 }));
  });

  it('writes a growth goal', async () => {
    await set('Kind', 'growth');
    await set('Indicator', 'robotInstalls');
    await set('Average growth at least', '5');
    await set('From year', '2021');
    await set('Deadline', '2030');
    await submit();
    expect(saved[0]).toEqual(jasmine.objectContaining({ kind: 'growth', indicator: 'robotInstalls', minGrowth: 5, fromYear: 2021 }));
  });

  it('shows what is wrong and saves nothing', async () => {
    await set('Threshold', '');
    await set('Deadline', '2050');
    await submit();
    expect(saved).toEqual([]);
    const alerts = [...el().querySelectorAll('[role=alert]')].map((a) => a.textContent!.trim());
    expect(alerts.sort()).toEqual(['The deadline must be a year from 2020 to 2040.', 'The threshold needs a number.']);
  });
});
