import fc from 'fast-check';
import { SHIPPED_PACK, packIdentity } from '../model/data-pack';
import { PACK_ID_MAX, PACK_NAME_MAX } from '../model/limits';
import { badPackId, packDate, packId } from './link/link-arbitraries';
import { asOfFromId, isPackDate, isPackId, packById, readPack } from './scenario-pack';

describe('the data pack a scenario names', () => {
  it('takes ids of letters, digits, ".", "_" and "-", 1 to 100 of them', () => {
    for (const id of [
      SHIPPED_PACK.id,
      'pack-2026-05-3f2a',
      'a',
      'A.b_c-9',
      'p'.repeat(PACK_ID_MAX),
    ])
      expect(isPackId(id)).withContext(id).toBeTrue();
    for (const id of ['', 'a b', 'a/b', 'é', '中文', 'a&b', 'p'.repeat(PACK_ID_MAX + 1), 7, null])
      expect(isPackId(id)).withContext(String(id)).toBeFalse();
    fc.assert(fc.property(packId, (id) => expect(isPackId(id)).toBeTrue()));
    fc.assert(fc.property(badPackId, (id) => expect(isPackId(id)).toBeFalse()));
  });

  it('takes dates as precise as known, naming a real day, or none', () => {
    for (const date of ['', '2026', '2026-05', '2026-02-28', '2024-02-29'])
      expect(isPackDate(date)).withContext(date).toBeTrue();
    for (const date of ['May 2026', '26', '2026-13', '2026-00', '2026-02-30', '2026-5', 2026])
      expect(isPackDate(date)).withContext(String(date)).toBeFalse();
    fc.assert(fc.property(packDate, (date) => expect(isPackDate(date)).toBeTrue()));
  });

  it('reads a pack with every field by the rule, in a fixed order, and nothing else', () => {
    const pack = { id: 'pack-2026-05-3f2a', name: 'May update', asOf: '2026-05' };
    expect(readPack({ asOf: pack.asOf, extra: 1, name: pack.name, id: pack.id })).toEqual(pack);
    expect(Object.keys(readPack({ asOf: '', name: 'n', id: 'i' })!)).toEqual([
      'id',
      'name',
      'asOf',
    ]);
    for (const bad of [
      null,
      'pack',
      [pack],
      { ...pack, id: 'a b' },
      { ...pack, name: '' },
      { ...pack, name: ' ' },
      { ...pack, name: 'n'.repeat(PACK_NAME_MAX + 1) },
      { ...pack, name: 'a\u0001' },
      { ...pack, asOf: 'May' },
      { id: pack.id, name: pack.name },
    ])
      expect(readPack(bad)).withContext(JSON.stringify(bad)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const read = readPack(value);
        if (read) expect([isPackId(read.id), isPackDate(read.asOf)]).toEqual([true, true]);
      }),
    );
  });

  it('reads the date an imported pack’s id gives, and none from other ids', () => {
    expect(asOfFromId('pack-2026-05-abc')).toBe('2026-05');
    expect(asOfFromId('pack-2026-05-19-abc')).toBe('2026-05-19');
    expect(asOfFromId('pack-2026-12345')).toBe('2026');
    expect(asOfFromId('pack-2026-13-abc')).toBe('');
    expect(asOfFromId(SHIPPED_PACK.id)).toBe('');
    expect(asOfFromId('pack-abc')).toBe('');
    fc.assert(
      fc.property(packDate, fc.stringMatching(/^[a-f][0-9a-f]{3,15}$/), (date, hash) => {
        expect(asOfFromId(`pack-${date}-${hash}`)).toBe(date);
      }),
    );
  });

  it('names a pack as this browser keeps it, else by its id', () => {
    const kept = { id: 'pack-2026-05-abc', name: 'May update', asOf: '2026-05-19' };
    const shipped = packIdentity(SHIPPED_PACK);
    expect(packById(kept.id, [shipped, kept])).toEqual(kept);
    expect(packById(SHIPPED_PACK.id, [shipped, kept])).toEqual(shipped);
    expect(packById('pack-2026-06-def', [shipped, kept])).toEqual({
      id: 'pack-2026-06-def',
      name: 'pack-2026-06-def',
      asOf: '2026-06',
    });
    const long = 'p'.repeat(PACK_ID_MAX);
    expect(packById(long, []).name).toBe('p'.repeat(PACK_NAME_MAX));
    fc.assert(fc.property(packId, (id) => expect(readPack(packById(id, []))).not.toBeNull()));
  });
});
