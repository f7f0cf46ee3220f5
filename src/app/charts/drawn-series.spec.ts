import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { runMonteCarlo, summarize } from '../model/monte-carlo';
import { project } from '../model/project';
import { drawnSeriesOnly } from './drawn-series';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { buildPanelViews } from './panel-view';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('drawnSeriesOnly', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const statuses = GOALS.map((g) => evaluateGoal(INDICATORS, g, projection));
  const mc = summarize(
    runMonteCarlo(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS, {
      paths: 200,
      seed: 42,
    }),
  );
  const ids = (o: AnyRecord) => (o['series'] as AnyRecord[]).map((s) => s['id']);

  it('leaves out the empty band and compare slots, keeping the first series and the rest in order', () => {
    const full = buildPanelOption(
      buildPanelViews(projection, GOALS, statuses, null)[0],
      PALETTES.light,
    ) as AnyRecord;
    const drawn = drawnSeriesOnly(full) as AnyRecord;
    expect(ids(full).length).toBe(21); // two of them the baseline ghost's slots, empty here
    expect(ids(drawn)).toEqual([
      'rdSpend',
      'rdIntensity:observed',
      'rdIntensity:projected',
      'target:1',
    ]);
    expect(drawn['series'][0]).toBe(full['series'][0]);
    expect(drawn['legend']).toBe(full['legend']);
  });

  it('keeps the bands once the simulation is in', () => {
    const drawn = drawnSeriesOnly(
      buildPanelOption(buildPanelViews(projection, GOALS, statuses, mc)[0], PALETTES.light),
    ) as AnyRecord;
    expect(ids(drawn)).toContain('rdIntensity:p90');
    expect(ids(drawn)).toContain('rdIntensity:p10');
  });
});
