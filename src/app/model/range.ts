/** Why a typed number cannot be applied to a bounded input, or null when it can. */
export function rangeError(
  label: string,
  value: number,
  min: number,
  max: number,
  unit = '',
): string | null {
  if (!Number.isFinite(value)) return `${label} needs a number.`;
  if (value < min || value > max)
    return `${label} must be between ${min} and ${max}${unit ? ` ${unit}` : ''}.`;
  return null;
}
