import { DEFAULT_CONSTANTS } from '../../model/constants';
import { SettingsActions } from './settings.actions';
import { initialSettingsState, settingsFeature } from './settings.feature';

describe('settings reducer', () => {
  const reduce = settingsFeature.reducer;

  it('accepts a horizon from 2030 to 2040 and nothing else', () => {
    expect(
      reduce(initialSettingsState, SettingsActions.horizonChanged({ horizon: 2040 })).horizon,
    ).toBe(2040);
    for (const horizon of [2029, 2041, 2035.5, NaN]) {
      expect(reduce(initialSettingsState, SettingsActions.horizonChanged({ horizon }))).toBe(
        initialSettingsState,
      );
    }
  });

  it('changes a constant within its range and resets them', () => {
    const s = reduce(
      initialSettingsState,
      SettingsActions.constantChanged({ id: 'talentLag', value: 3 }),
    );
    expect(s.constants.talentLag).toBe(3);
    expect(reduce(s, SettingsActions.constantChanged({ id: 'talentLag', value: 99 }))).toBe(s);
    expect(reduce(s, SettingsActions.constantsReset()).constants).toEqual(DEFAULT_CONSTANTS);
  });
});
