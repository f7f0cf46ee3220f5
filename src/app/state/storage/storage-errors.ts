/** What storage failures mean for the analyst, in words; and how long opening storage may take. */
import { TimeoutError } from 'rxjs';

/** How long opening storage may take before the app goes on without it (a blocked open never ends). */
export const OPEN_TIMEOUT_MS = 4000;

/**
 * Storage full, in each browser's words: Chrome and today's Firefox throw a DOMException named
 * QuotaExceededError (legacy code 22); older Firefox names it NS_ERROR_DOM_QUOTA_REACHED (code 1014).
 */
export function isQuotaError(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

export function writeErrorMessage(error: unknown): string {
  if (isQuotaError(error)) {
    return 'The browser’s storage is full, so changes are not being saved. Free some space or export your scenarios; what was saved before is kept.';
  }
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  const why =
    (typeof message === 'string' && message) ||
    (typeof name === 'string' && name) ||
    'unknown error';
  return `Changes could not be saved (${why}). Retrying; nothing on screen is lost, and what was saved before is kept.`;
}

/** Why storage could not be opened, in words (never a raw script error). */
function openFailure(error: unknown): string {
  if (error instanceof TimeoutError)
    return 'the browser’s storage did not answer; another tab may be updating it';
  if (isQuotaError(error)) return 'the browser’s storage is full';
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'VersionError') return 'a newer version of the dashboard stored data here';
  return 'this browser does not allow it here, as in private browsing or with site data blocked';
}

export function loadErrorMessage(error: unknown): string {
  // Only storage that exists but did not answer still holds saved work for next time.
  const later = error instanceof TimeoutError ? ' Saved work stays in storage for next time.' : '';
  return `Saved scenarios cannot be opened in this browser (${openFailure(error)}). The dashboard works, but nothing is kept after you close it; export scenarios to keep them.${later}`;
}
