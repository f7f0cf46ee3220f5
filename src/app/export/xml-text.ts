/**
 * Text for XML files (SVG, PowerPoint): without the characters XML 1.0 forbids, which make the
 * whole file unreadable (an SVG that will not open, a deck PowerPoint refuses). The renderers
 * escape markup; these characters cannot be escaped at all, only left out. Pure.
 */
import { plainText } from '../model/plain-text';

/** `text` with line breaks as LF and without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return plainText(text.replace(/\r\n?/g, '\n'));
}
