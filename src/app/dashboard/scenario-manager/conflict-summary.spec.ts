import { BASELINE, Scenario } from '../../scenarios/scenario';
import { conflictSummary } from './conflict-summary';

describe('conflictSummary', () => {
  const base: Scenario = { ...BASELINE, id: 's', preset: false };

  it('names each lever, constant and text that differs, with both values', () => {
    const mine = { ...base, name: 'Mine', levers: { ...base.levers, rdGrowth: 5 }, notes: 'a' };
    const theirs = {
      ...base,
      name: 'Theirs',
      levers: { ...base.levers, rdGrowth: 12 },
      constants: { ...base.constants, talentLag: 2 },
    };
    expect(conflictSummary(mine, theirs)).toEqual([
      'Name: yours “Mine”, theirs “Theirs”',
      'R&D spending growth (nominal): yours 5, theirs 12 %/yr',
      'Talent lag: yours 4, theirs 2',
      'Notes differ',
    ]);
  });

  it('says nothing for the same content', () => {
    expect(conflictSummary(base, { ...base, updatedAt: 'later' })).toEqual([]);
  });
});
