/** A chart option made readable from the back of a room: every font size scaled by a factor. */
export function scaleFonts<T>(option: T, factor: number): T {
  if (Array.isArray(option)) return option.map((item: unknown) => scaleFonts(item, factor)) as T;
  if (typeof option !== 'object' || option === null) return option;
  return Object.fromEntries(
    Object.entries(option).map(([key, value]) => [
      key,
      (key === 'fontSize' || key === 'lineHeight') && typeof value === 'number'
        ? Math.round(value * factor)
        : scaleFonts(value, factor),
    ]),
  ) as T;
}
