import { DEFAULT_LEVERS } from '../../model/levers';
import { LeverPanelActions } from './levers.actions';
import { initialLeversState, leversFeature } from './levers.feature';

describe('levers reducer', () => {
  const reduce = leversFeature.reducer;

  it('sets a lever, clamped to its range', () => {
    const s = reduce(
      initialLeversState,
      LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }),
    );
    expect(s.values.rdGrowth).toBe(10);
    expect(s.values.gdpGrowth).toBe(DEFAULT_LEVERS.gdpGrowth);
    expect(
      reduce(s, LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 999 })).values.rdGrowth,
    ).toBe(15);
  });

  it('ignores a value that is not a number, and a value already in force', () => {
    const s = reduce(
      initialLeversState,
      LeverPanelActions.leverChanged({ id: 'rdGrowth', value: NaN }),
    );
    expect(s).toBe(initialLeversState);
    const same = reduce(
      initialLeversState,
      LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 8 }),
    );
    expect(same).toBe(initialLeversState);
  });

  it('resets one lever or all', () => {
    let s = reduce(
      initialLeversState,
      LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }),
    );
    s = reduce(s, LeverPanelActions.leverChanged({ id: 'robotGrowth', value: -5 }));
    expect(reduce(s, LeverPanelActions.leverReset({ id: 'rdGrowth' })).values).toEqual({
      ...DEFAULT_LEVERS,
      robotGrowth: -5,
    });
    expect(reduce(s, LeverPanelActions.allLeversReset()).values).toEqual(DEFAULT_LEVERS);
  });

  it('lists the levers that differ from their defaults', () => {
    const s = reduce(
      initialLeversState,
      LeverPanelActions.leverChanged({ id: 'exportControls', value: 0.9 }),
    );
    const changed = leversFeature.selectChangedLevers.projector(s.values);
    expect(changed.map((l) => l.id)).toEqual(['exportControls']);
  });
});
