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

/** The pack the app ships with. */
export const SHIPPED_PACK: DataPack = {
  id: 'shipped-2026-04',
  name: 'Shipped data',
  asOf: '2026-04',
  indicators: INDICATORS,
};
