import { GOALS, Goal } from '../../model/goals';
import { CUSTOM_GOALS_MAX } from '../../model/limits';
import { TARGET_SOURCES } from '../../model/sources';
import { selectGoals } from '../projection.selectors';
import { initialReferenceState } from '../reference/reference.feature';
import { GoalEditorActions } from './goals.actions';
import { goalsFeature, initialGoalsState } from './goals.feature';

const custom: Goal = {
  id: 'custom-1',
  name: 'Robot density ≥ 800 by 2030',
  short: 'Robots ≥800',
  type: 'custom',
  source: TARGET_SOURCES.analystGoal,
  kind: 'threshold',
  indicator: 'robotDensity',
  comparison: '>=',
  threshold: 800,
  deadline: 2030,
};

describe('goals reducer', () => {
  const reduce = goalsFeature.reducer;

  it('adds, updates and deletes the analyst’s goals', () => {
    let s = reduce(initialGoalsState, GoalEditorActions.goalAdded({ goal: custom }));
    expect(goalsFeature.selectCustomGoals.projector(s.custom)).toEqual([custom]);
    s = reduce(s, GoalEditorActions.goalUpdated({ goal: { ...custom, threshold: 900 } }));
    expect((s.custom.entities['custom-1'] as typeof custom).threshold).toBe(900);
    s = reduce(s, GoalEditorActions.goalDeleted({ id: 'custom-1' }));
    expect(s.custom.ids).toEqual([]);
  });

  it('never takes an invalid goal or edits an official one', () => {
    expect(
      reduce(
        initialGoalsState,
        GoalEditorActions.goalAdded({ goal: { ...custom, deadline: 1999 } }),
      ),
    ).toBe(initialGoalsState);
    expect(reduce(initialGoalsState, GoalEditorActions.goalAdded({ goal: { ...GOALS[0] } }))).toBe(
      initialGoalsState,
    );
    expect(reduce(initialGoalsState, GoalEditorActions.goalUpdated({ goal: custom }))).toBe(
      initialGoalsState,
    );
  });

  it('takes at most CUSTOM_GOALS_MAX goals, the number a scenario file holds', () => {
    let s = initialGoalsState;
    for (let i = 0; i < CUSTOM_GOALS_MAX; i++)
      s = reduce(s, GoalEditorActions.goalAdded({ goal: { ...custom, id: `custom-${i}` } }));
    expect(s.custom.ids.length).toBe(CUSTOM_GOALS_MAX);
    expect(reduce(s, GoalEditorActions.goalAdded({ goal: { ...custom, id: 'one-more' } }))).toBe(s);
  });

  it('hides official goals and shows them again', () => {
    const s = reduce(initialGoalsState, GoalEditorActions.goalHidden({ id: 'basicShare2025' }));
    const state = {
      reference: initialReferenceState,
      goals: reduce(s, GoalEditorActions.goalAdded({ goal: custom })),
    };
    const ids = selectGoals(state as never).map((g) => g.id);
    expect(ids).not.toContain('basicShare2025');
    expect(ids.at(-1)).toBe('custom-1');
    expect(reduce(s, GoalEditorActions.hiddenGoalsShown()).hidden).toEqual([]);
  });
});
