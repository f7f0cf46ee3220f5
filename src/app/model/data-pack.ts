/** A data pack: a dated, versioned set of observations for every indicator, with their sources. */
import { INDICATORS, IndicatorData } from './indicators';

export interface DataPack {
  /** Stable id, recorded with each scenario made on the pack. */
  readonly id: string;
  readonly name: string;
  /** The newest release the pack includes ("Data as of"): ISO date, as precise as known. */
  readonly asOf: string;
  readonly indicators: IndicatorData;
}

/** Which pack figures come from: what "Data as of", scenarios, files and links name. */
export type PackIdentity = Pick<DataPack, 'id' | 'name' | 'asOf'>;

export function packIdentity(pack: DataPack): PackIdentity {
  return { id: pack.id, name: pack.name, asOf: pack.asOf };
}

/**
 * The newest release among a pack's points, earlier vintages included ("Data as of"). ISO dates of
 * different precision compare as strings: '2026-04' sorts after '2026' and before '2026-04-01'.
 */
export function newestRelease(indicators: IndicatorData): string {
  return indicators
    .flatMap((indicator) => indicator.history)
    .flatMap((p) => [p.released, ...(p.earlier ?? []).map((e) => e.released)])
    .reduce((a, b) => (b > a ? b : a), '');
}

/** The pack the app ships with. */
export const SHIPPED_PACK: DataPack = {
  id: 'shipped-2026-04',
  name: 'Shipped data',
  asOf: newestRelease(INDICATORS),
  indicators: INDICATORS,
};
