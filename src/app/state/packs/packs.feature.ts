import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { PackReview } from '../../data-packs/pack-review';
import { PackIdentity, SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { DataPackActions, DataPackStoreActions } from './packs.actions';

/** The packs this browser keeps, the import under review, and what the last import or store said. */
export interface PacksState {
  /** Imported packs kept in IndexedDB, newest first (the shipped pack is not among them). */
  readonly stored: readonly PackIdentity[];
  /** An import waiting for Apply or Cancel. */
  readonly review: PackReview | null;
  /** Why the last file was refused: every problem, naming row and column. */
  readonly refusal: { readonly fileName: string; readonly errors: readonly string[] } | null;
  readonly message: string | null;
}

export const initialPacksState: PacksState = {
  stored: [],
  review: null,
  refusal: null,
  message: null,
};

const SHIPPED = packIdentity(SHIPPED_PACK);

export const packsFeature = createFeature({
  name: 'packs',
  reducer: createReducer(
    initialPacksState,
    on(DataPackStoreActions.packsLoaded, (state, { stored, message }): PacksState => ({
      ...state,
      stored,
      message: message ?? state.message,
    })),
    on(DataPackActions.importChosen, (state): PacksState => ({
      ...state,
      review: null,
      refusal: null,
    })),
    on(DataPackStoreActions.importRefused, (state, { fileName, errors }): PacksState => ({
      ...state,
      review: null,
      refusal: { fileName, errors },
    })),
    on(DataPackStoreActions.reviewReady, (state, { review }): PacksState => ({ ...state, review })),
    on(DataPackStoreActions.reviewSimulated, (state, { packId, goals }): PacksState =>
      state.review?.pack.id === packId
        ? { ...state, review: { ...state.review, goals, simulated: true } }
        : state,
    ),
    on(DataPackStoreActions.packsListed, (state, { stored }): PacksState => ({ ...state, stored })),
    // A review shows what its pack changes in the pack it was read over: once another pack is in
    // force (a switch landing while the review is open), applying it would silently drop that one.
    on(
      DataPackActions.reviewCancelled,
      DataPackActions.packApplied,
      DataPackStoreActions.packSwitched,
      (state): PacksState => ({ ...state, review: null }),
    ),
    on(DataPackStoreActions.packKept, (state, { pack }): PacksState => ({
      ...state,
      stored: [pack, ...state.stored.filter((p) => p.id !== pack.id)],
    })),
    on(DataPackStoreActions.packRemoved, (state, { id }): PacksState => ({
      ...state,
      stored: state.stored.filter((p) => p.id !== id),
    })),
    on(DataPackStoreActions.storeFailed, (state, { message }): PacksState => ({
      ...state,
      message,
    })),
    on(DataPackActions.messageDismissed, (state): PacksState => ({
      ...state,
      message: null,
      refusal: null,
    })),
  ),
  extraSelectors: ({ selectStored }) => ({
    /** Every pack the analyst can switch to: the shipped one first. */
    selectAvailable: createSelector(selectStored, (stored): readonly PackIdentity[] => [
      SHIPPED,
      ...stored,
    ]),
  }),
});
