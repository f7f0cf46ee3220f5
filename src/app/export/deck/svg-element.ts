/**
 * An SVG string as a DOM element, under Trusted Types. The app is served with
 * `require-trusted-types-for 'script'`, which makes `DOMParser.parseFromString` a sink: it takes
 * a TrustedHTML, which only a named policy can mint. This module owns the one policy that may do
 * so, `svg-export`, the name the CSP allows. Its input is the SVG that ECharts' SSR renderer writes
 * (text escaped by the renderer), never user markup.
 */

/** The part of the Trusted Types API used here (lib.dom does not declare it yet). */
interface SvgPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): SvgPolicy;
}

export const SVG_POLICY_NAME = 'svg-export';

/** Created on first use, once per page: creating a policy twice with one name throws under CSP. */
let policy: SvgPolicy | null | undefined;

function svgPolicy(): SvgPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    policy = factory
      ? factory.createPolicy(SVG_POLICY_NAME, { createHTML: (input) => input })
      : null;
  }
  return policy;
}

/**
 * Parses an SVG document into a detached `<svg>` element. Throws when the string is not well-formed
 * SVG (the XML parser reports errors as a `<parsererror>` document rather than throwing) or its root
 * is not an `<svg>` in the SVG namespace (`xmlns="http://www.w3.org/2000/svg"` is required).
 */
export function svgElement(svg: string): SVGSVGElement {
  const markup = svgPolicy()?.createHTML(svg) ?? svg;
  // DOMParser's parameter is typed as string in lib.dom; at run time it accepts TrustedHTML.
  const doc = new DOMParser().parseFromString(markup as string, 'image/svg+xml');
  const root = doc.documentElement;
  if (!(root instanceof SVGSVGElement) || doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('Not a well-formed SVG document');
  }
  return root;
}
