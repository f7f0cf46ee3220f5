import { formatNumber, unitSuffix } from './number';

/** A lever's value as slides show it: "10%/yr", "60 people", "0.6 on a 0–1 scale". */
export function leverText(value: number, unit: string): string {
  return unit === '0–1'
    ? `${formatNumber(value)} on a 0–1 scale`
    : `${formatNumber(value)}${unitSuffix(unit)}`;
}
