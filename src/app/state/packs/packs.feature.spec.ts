import { PackReview } from '../../data-packs/pack-review';
import { readPack, row } from '../../data-packs/testing/pack-files';
import { SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { GOALS } from '../../model/goals';
import { DataPackActions, DataPackStoreActions } from './packs.actions';
import { PacksState, initialPacksState, packsFeature } from './packs.feature';

describe('packs reducer', () => {
  const reduce = packsFeature.reducer;
  const final = readPack(SHIPPED_PACK, row());
  const other = readPack(SHIPPED_PACK, row({ value: '3960' }));
  const review: PackReview = {
    fileName: 'gerd.csv',
    base: packIdentity(SHIPPED_PACK),
    pack: final,
    notes: [],
    added: [],
    revised: [],
    goals: [],
    simulated: false,
  };
  const reviewing: PacksState = { ...initialPacksState, review };
  const goal = {
    goalId: GOALS[0].id,
    name: GOALS[0].name,
    deadline: GOALS[0].deadline,
    before: { status: 'met' as const, probability: 0.4 },
    after: { status: 'met' as const, probability: 0.6 },
  };
  const id = (n: number) => ({ id: `p${n}`, name: `Pack ${n}`, asOf: `2026-0${n}` });

  it('puts an applied or switched-to pack in force and closes the review', () => {
    expect(reduce(reviewing, DataPackActions.packApplied({ pack: final })).review).toBeNull();
    expect(reduce(reviewing, DataPackStoreActions.packSwitched({ pack: other })).review).toBeNull();
    expect(reduce(reviewing, DataPackActions.reviewCancelled()).review).toBeNull();
  });

  it('takes the simulated goals for the pack under review only', () => {
    const late = DataPackStoreActions.reviewSimulated({ packId: other.id, goals: [goal] });
    expect(reduce(reviewing, late)).toBe(reviewing);
    expect(reduce(initialPacksState, late)).toBe(initialPacksState);
    const done = reduce(
      reviewing,
      DataPackStoreActions.reviewSimulated({ packId: final.id, goals: [goal] }),
    );
    expect(done.review).toEqual({ ...review, goals: [goal], simulated: true });
  });

  it('replaces a review or a refusal when another file is chosen or refused', () => {
    const refused = reduce(
      reviewing,
      DataPackStoreActions.importRefused({ fileName: 'bad.csv', errors: ['Line 2: no.'] }),
    );
    expect(refused.review).toBeNull();
    expect(refused.refusal).toEqual({ fileName: 'bad.csv', errors: ['Line 2: no.'] });
    const chosen = reduce(
      refused,
      DataPackActions.importChosen({ fileName: 'next.csv', size: 10, text: 'x' }),
    );
    expect(chosen.refusal).toBeNull();
    expect(reduce(chosen, DataPackStoreActions.reviewReady({ review })).review).toBe(review);
  });

  it('lists a kept pack once, newest first, and drops a removed one', () => {
    let s = reduce(initialPacksState, DataPackStoreActions.packsListed({ stored: [id(1), id(2)] }));
    s = reduce(s, DataPackStoreActions.packKept({ pack: id(3) }));
    expect(s.stored).toEqual([id(3), id(1), id(2)]);
    s = reduce(s, DataPackStoreActions.packKept({ pack: { ...id(2), name: 'Renamed' } }));
    expect(s.stored).toEqual([{ ...id(2), name: 'Renamed' }, id(3), id(1)]);
    s = reduce(s, DataPackStoreActions.packRemoved({ id: 'p3' }));
    expect(s.stored.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(reduce(s, DataPackStoreActions.packRemoved({ id: 'p9' })).stored).toEqual(s.stored);
  });

  it('keeps a message until dismissed, which clears the refusal too', () => {
    let s = reduce(
      initialPacksState,
      DataPackStoreActions.packsLoaded({ stored: [id(1)], active: null, message: 'Skipped 1.' }),
    );
    expect(s.stored).toEqual([id(1)]);
    s = reduce(s, DataPackStoreActions.importRefused({ fileName: 'a.csv', errors: ['No.'] }));
    s = reduce(s, DataPackStoreActions.packsLoaded({ stored: [], active: null, message: null }));
    expect(s.message).toBe('Skipped 1.');
    s = reduce(s, DataPackStoreActions.storeFailed({ message: 'Full.' }));
    expect(s.message).toBe('Full.');
    s = reduce(s, DataPackActions.messageDismissed());
    expect(s.message).toBeNull();
    expect(s.refusal).toBeNull();
  });

  it('offers the shipped pack first, then the kept ones', () => {
    const stored = [id(1), id(2)];
    const state = { packs: { ...initialPacksState, stored } };
    expect(packsFeature.selectAvailable(state)).toEqual([packIdentity(SHIPPED_PACK), ...stored]);
    expect(packsFeature.selectAvailable({ packs: initialPacksState })).toEqual([
      packIdentity(SHIPPED_PACK),
    ]);
  });
});
