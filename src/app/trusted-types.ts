/**
 * The page's default Trusted Types policy. The app is served with
 * `require-trusted-types-for 'script'` (e2e/serve.mjs), so a plain string reaching a script or
 * HTML sink throws unless a policy vouches for it. Two kinds of string reach one in this app, from
 * code we do not write:
 * - ECharts and its renderer clear their own elements with `innerHTML = ''` (init, dispose,
 *   between tooltips). An empty string carries no markup: that passes, any other HTML does not.
 *   Tooltips are DOM nodes (charts/tooltip.ts), never HTML strings.
 * - The Monte Carlo worker is started as `new Worker(new URL('./x.worker', import.meta.url))`, the
 *   form Angular's bundler recognises; the Worker constructor is a script-URL sink. A URL on this
 *   origin passes (CSP's script-src 'self' would allow it anyway); any other, blob: and data:
 *   included, does not.
 * Everything refused throws and is reported as a CSP violation. No createScript: no eval.
 */

interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML?: (input: string) => string | null;
      createScriptURL?: (input: string) => string | null;
    },
  ): unknown;
  readonly defaultPolicy: unknown;
}

export function defaultPolicyRules(origin: string) {
  return {
    createHTML: (input: string): string | null => (input === '' ? '' : null),
    createScriptURL: (input: string): string | null => {
      try {
        // blob: URLs carry their creator's origin; no code of ours starts a worker from one.
        const url = new URL(input, origin);
        return url.origin === origin && (url.protocol === 'https:' || url.protocol === 'http:')
          ? input
          : null;
      } catch {
        return null;
      }
    },
  };
}

/** Creates the default policy once, where the browser has Trusted Types (Chromium); else nothing. */
export function installDefaultTrustedTypesPolicy(scope: typeof globalThis = globalThis): void {
  const factory = (scope as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', defaultPolicyRules(scope.location.origin));
}
