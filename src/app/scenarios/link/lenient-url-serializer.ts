import { Injectable } from '@angular/core';
import { DefaultUrlSerializer, UrlTree } from '@angular/router';

/**
 * The URL with every run of percent-escapes that does not decode (a lone `%`, `%zz`, a cut UTF-8
 * sequence like `%E0%A4`) escaped as `%25`, so it reads as the text it shows; null when the URL
 * decodes as it is. Valid escapes around a broken one are kept.
 */
export function repairPercentEncoding(url: string): string | null {
  let repaired = false;
  const fixed = url.replace(/(?:%[0-9A-Fa-f]{2})+|%/g, (run) => {
    try {
      decodeURIComponent(run);
      return run;
    } catch {
      repaired = true;
      return run.replace(/%/g, '%25');
    }
  });
  return repaired ? fixed : null;
}

/**
 * Angular's serializer, except that a link with broken percent-encoding is read as written
 * instead of being dropped for "/" (the router's fallback), and the repair is remembered so the
 * share-link code can tell the analyst.
 */
@Injectable({ providedIn: 'root' })
export class LenientUrlSerializer extends DefaultUrlSerializer {
  /** The last URL that needed repair, as it arrived; null while every URL decoded. */
  malformed: string | null = null;
  /** Query keys dropped because Angular's parser cannot take them (see withoutPrototypeKeys). */
  dropped: string[] = [];

  override parse(url: string): UrlTree {
    const repaired = repairPercentEncoding(url);
    if (repaired !== null) this.malformed = url;
    const readable = repaired ?? url;
    try {
      return super.parse(readable);
    } catch (error) {
      const { url: kept, dropped } = withoutPrototypeKeys(readable);
      if (!dropped.length) throw error;
      this.dropped = dropped;
      return super.parse(kept);
    }
  }
}

/**
 * The URL without query parameters named like Object.prototype's members. Angular's parser keeps
 * parameters in a plain object and calls `params.hasOwnProperty(key)`, so `?hasOwnProperty&x`
 * throws and the router opens "/" instead; no lever is named like that, so nothing is lost.
 */
export function withoutPrototypeKeys(url: string): { url: string; dropped: string[] } {
  const match = /^([^?#]*)\?([^#]*)(#.*)?$/.exec(url);
  if (!match) return { url, dropped: [] };
  const dropped: string[] = [];
  const pairs = match[2].split('&').filter((pair) => {
    const raw = pair.split('=')[0];
    let key = raw;
    try {
      key = decodeURIComponent(raw.replace(/\+/g, '%20'));
    } catch {
      // repairPercentEncoding has already made every escape decodable
    }
    if (!(key in Object.prototype)) return true;
    dropped.push(key);
    return false;
  });
  return { url: `${match[1]}?${pairs.join('&')}${match[3] ?? ''}`, dropped };
}
