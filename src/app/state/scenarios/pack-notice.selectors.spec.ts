import { formatReleaseDate } from '../../format/release-date';
import { SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { BASELINE, PRESETS, Scenario } from '../../scenarios/scenario';
import { UNSAVED_ID } from '../../scenarios/storage/session';
import { MISSING_PACK, packNotice, selectPackNotice } from './pack-notice.selectors';

const SHIPPED = packIdentity(SHIPPED_PACK);
/** "April 2026": the shipped pack's date as the notice writes it. */
const SHIPPED_DATE = formatReleaseDate(SHIPPED_PACK.asOf);
const MAY = { id: 'pack-2026-05-abc', name: 'May update', asOf: '2026-05-19' };
const saved = (pack?: Scenario['pack']): Scenario => ({
  ...BASELINE,
  id: 'mine',
  name: 'Mine',
  preset: false,
  ...(pack ? { pack } : {}),
});

describe('the notice of a scenario made with another data pack', () => {
  it('says nothing when the scenario was made with the pack in force', () => {
    expect(packNotice(saved(MAY), MAY, [SHIPPED, MAY])).toBeNull();
    expect(packNotice(saved(SHIPPED), SHIPPED, [SHIPPED])).toBeNull();
    // Known by its id: a name or date recorded otherwise does not matter.
    expect(packNotice(saved({ ...MAY, name: 'old name' }), MAY, [SHIPPED, MAY])).toBeNull();
  });

  it('says nothing for a scenario that names no pack: a preset, or one saved before packs', () => {
    for (const scenario of [...PRESETS, saved()]) {
      expect(packNotice(scenario, MAY, [SHIPPED, MAY])).toBeNull();
    }
  });

  it('names both packs and their dates, and offers to switch when this browser keeps the pack', () => {
    expect(packNotice(saved(MAY), SHIPPED, [SHIPPED, MAY])).toEqual({
      text: `This scenario was made with “May update” (data as of 19 May 2026); the numbers shown use “Shipped data” (data as of ${SHIPPED_DATE}).`,
      switchTo: { id: MAY.id, label: 'Switch to “May update”' },
      missing: null,
    });
    expect(packNotice(saved(SHIPPED), MAY, [SHIPPED, MAY])).toEqual({
      text: `This scenario was made with “Shipped data” (data as of ${SHIPPED_DATE}); the numbers shown use “May update” (data as of 19 May 2026).`,
      switchTo: { id: SHIPPED.id, label: 'Switch to “Shipped data”' },
      missing: null,
    });
  });

  it('names a kept pack as this browser keeps it (a link knows only the id)', () => {
    const fromLink = { id: MAY.id, name: MAY.id, asOf: '2026-05' };
    expect(packNotice(saved(fromLink), SHIPPED, [SHIPPED, MAY])?.text).toContain(
      'made with “May update” (data as of 19 May 2026)',
    );
  });

  it('says that this browser lacks the pack, and how to get it, when it does', () => {
    const unsaved = { ...saved(MAY), id: UNSAVED_ID };
    expect(packNotice(unsaved, SHIPPED, [SHIPPED])).toEqual({
      text: `This scenario was made with “May update” (data as of 19 May 2026); the numbers shown use “Shipped data” (data as of ${SHIPPED_DATE}).`,
      switchTo: null,
      missing: MISSING_PACK,
    });
    expect(MISSING_PACK).toBe(
      'That data pack is not in this browser: import it with “Import data…” to see the scenario’s own numbers.',
    );
  });

  it('leaves out a date it does not know, and adds the ids when both packs share a name', () => {
    const unknown = { id: 'other-pack', name: 'other-pack', asOf: '' };
    expect(packNotice(saved(unknown), SHIPPED, [SHIPPED])?.text).toBe(
      `This scenario was made with “other-pack”; the numbers shown use “Shipped data” (data as of ${SHIPPED_DATE}).`,
    );
    const twin = { ...MAY, id: 'pack-2026-05-def' };
    expect(packNotice(saved(twin), MAY, [SHIPPED, MAY])?.text).toBe(
      'This scenario was made with “May update” (pack-2026-05-def, data as of 19 May 2026); the numbers shown use “May update” (pack-2026-05-abc, data as of 19 May 2026).',
    );
  });

  it('is selected for the scenario shown, the pack in force and the packs kept', () => {
    expect(selectPackNotice.projector(saved(MAY), SHIPPED, [SHIPPED])?.missing).toBe(MISSING_PACK);
    expect(selectPackNotice.projector(saved(MAY), MAY, [SHIPPED])).toBeNull();
  });
});
