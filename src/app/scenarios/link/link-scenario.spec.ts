import fc from 'fast-check';
import { SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { BASELINE } from '../scenario';
import { readPack } from '../scenario-pack';
import { UNSAVED_ID } from '../storage/session';
import { packId } from './link-arbitraries';
import { queryParamsToScenario } from './link-reader';
import { linkScenario } from './link-scenario';
import { FROM_LINK } from './share-link';

const AT = '2026-06-01T00:00:00.000Z';
const KEPT = { id: 'pack-2026-05-abc', name: 'May update', asOf: '2026-05-19' };
const AVAILABLE = [packIdentity(SHIPPED_PACK), KEPT];

describe('the scenario a link opens', () => {
  it('is unsaved, named "From link", with the link’s values and the baseline’s goals and deck', () => {
    const s = linkScenario(queryParamsToScenario({ rdGrowth: '9' }), AT, AVAILABLE);
    expect(s).toEqual({
      ...BASELINE,
      levers: { ...BASELINE.levers, rdGrowth: 9 },
      id: UNSAVED_ID,
      name: FROM_LINK,
      notes: '',
      createdAt: AT,
      updatedAt: AT,
      preset: false,
      pack: packIdentity(SHIPPED_PACK),
    });
  });

  it('is on the shipped pack when the link names none (every link written before packs)', () => {
    expect(linkScenario(queryParamsToScenario({}), AT, []).pack).toEqual(
      packIdentity(SHIPPED_PACK),
    );
    // A value that is no pack id was ignored with a notice: the shipped pack, too.
    expect(linkScenario(queryParamsToScenario({ pack: 'a b' }), AT, AVAILABLE).pack?.id).toBe(
      SHIPPED_PACK.id,
    );
  });

  it('is on the pack the link names, as this browser keeps it, or known by its id alone', () => {
    expect(linkScenario(queryParamsToScenario({ pack: KEPT.id }), AT, AVAILABLE).pack).toEqual(
      KEPT,
    );
    expect(
      linkScenario(queryParamsToScenario({ v: '2', pack: 'pack-2026-05-def' }), AT, AVAILABLE).pack,
    ).toEqual({ id: 'pack-2026-05-def', name: 'pack-2026-05-def', asOf: '2026-05' });
    fc.assert(
      fc.property(packId, (id) => {
        const pack = linkScenario(queryParamsToScenario({ pack: id }), AT, AVAILABLE).pack!;
        expect(pack.id).toBe(id);
        // Whatever the link names, the scenario's pack is one a file and a stored record take.
        expect(readPack(pack)).toEqual(pack);
      }),
      { numRuns: 300 },
    );
  });
});
