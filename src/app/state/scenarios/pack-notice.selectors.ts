/**
 * The notice shown when the scenario on screen was saved on another data pack than the one in
 * force: the numbers are then not the ones its author saw. Pure selectors; the component renders.
 */
import { createSelector } from '@ngrx/store';
import { formatReleaseDate } from '../../format/release-date';
import { PackIdentity } from '../../model/data-pack';
import { Scenario } from '../../scenarios/scenario';
import { packsFeature } from '../packs/packs.feature';
import { referenceFeature } from '../reference/reference.feature';
import { scenariosFeature } from './scenarios.feature';

export interface PackNoticeView {
  /** Which pack the scenario was made with, and which one the numbers shown use. */
  readonly text: string;
  /** The kept pack to put in force, with the button's label; null when this browser lacks it. */
  readonly switchTo: { readonly id: string; readonly label: string } | null;
  /** What to do when this browser lacks the pack; null when it has it. */
  readonly missing: string | null;
}

export const MISSING_PACK =
  'That data pack is not in this browser: import it with “Import data…” to see the scenario’s own numbers.';

/** “Name” (data as of May 2026); the id too when both packs share a name, so the two differ. */
function described(pack: PackIdentity, other: PackIdentity): string {
  const details = [
    ...(pack.name === other.name ? [pack.id] : []),
    ...(pack.asOf ? [`data as of ${formatReleaseDate(pack.asOf)}`] : []),
  ];
  return `“${pack.name}”${details.length ? ` (${details.join(', ')})` : ''}`;
}

/**
 * The notice for `scenario` while `inForce` is the pack in force, `available` the packs this
 * browser has; null when the scenario names no pack (a preset, or saved before packs were
 * recorded) or the pack in force. A kept pack is named as this browser keeps it.
 */
export function packNotice(
  scenario: Scenario,
  inForce: PackIdentity,
  available: readonly PackIdentity[],
): PackNoticeView | null {
  const recorded = scenario.pack;
  if (!recorded || recorded.id === inForce.id) return null;
  const kept = available.find((pack) => pack.id === recorded.id);
  const made = kept ?? recorded;
  return {
    text: `This scenario was made with ${described(made, inForce)}; the numbers shown use ${described(inForce, made)}.`,
    switchTo: kept ? { id: kept.id, label: `Switch to “${kept.name}”` } : null,
    missing: kept ? null : MISSING_PACK,
  };
}

/** The notice for the scenario shown, saved or not. */
export const selectPackNotice = createSelector(
  scenariosFeature.selectActiveScenario,
  referenceFeature.selectPack,
  packsFeature.selectAvailable,
  packNotice,
);
