/** The unsaved scenario a share link opens. Pure: no Angular. */
import { PackIdentity, SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { BASELINE, Scenario } from '../scenario';
import { packById } from '../scenario-pack';
import { UNSAVED_ID } from '../storage/session';
import { DecodedLink, FROM_LINK } from './share-link';

/**
 * The link's values, named by the link or "From link"; the rest (goals, deck) is the baseline's.
 * It is on the pack the link names (the shipped one when it names none), as this browser knows
 * that pack (`known`) if it does: else by its id alone.
 */
export function linkScenario(
  decoded: DecodedLink,
  at: string,
  known: readonly PackIdentity[],
): Scenario {
  const { levers, constants, horizon, monteCarlo, name } = decoded;
  return {
    ...BASELINE,
    levers,
    constants,
    horizon,
    monteCarlo,
    id: UNSAVED_ID,
    name: name ?? FROM_LINK,
    notes: '',
    createdAt: at,
    updatedAt: at,
    preset: false,
    pack: packById(decoded.pack ?? SHIPPED_PACK.id, [packIdentity(SHIPPED_PACK), ...known]),
  };
}
