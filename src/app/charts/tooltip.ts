/**
 * Chart tooltips as DOM nodes rather than HTML strings. ECharts puts a string tooltip into the page
 * with innerHTML, which Trusted Types forbids (the app is served with
 * `require-trusted-types-for 'script'`) and which would make every series and scenario name a
 * markup-injection risk; a node it appends as it is. Text goes in through textContent, so names
 * are always text. The content is described as plain data (`TooltipLine[]`), which option
 * builders produce and specs check without a DOM.
 */

export interface TooltipSegment {
  readonly text: string;
  readonly style?: 'strong' | 'em' | 'small';
}

export interface TooltipLine {
  /** A colour dot before the line (the series' colour), as ECharts' own marker. */
  readonly marker?: string;
  readonly segments: readonly TooltipSegment[];
}

/** One block element per line; a marker as a coloured dot; segments as text in <b>, <i> or <small>. */
export function tooltipNode(
  lines: readonly TooltipLine[],
  document: Document = globalThis.document,
): HTMLElement {
  const root = document.createElement('div');
  for (const line of lines) {
    const row = document.createElement('div');
    if (line.marker) {
      const dot = document.createElement('span');
      // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline' too.
      Object.assign(dot.style, {
        display: 'inline-block',
        marginRight: '4px',
        borderRadius: '10px',
        width: '10px',
        height: '10px',
        backgroundColor: line.marker,
      });
      row.appendChild(dot);
    }
    for (const segment of line.segments) {
      const tag =
        segment.style === 'strong'
          ? 'b'
          : segment.style === 'em'
            ? 'i'
            : segment.style === 'small'
              ? 'small'
              : 'span';
      const span = document.createElement(tag);
      span.textContent = segment.text;
      row.appendChild(span);
    }
    root.appendChild(row);
  }
  return root;
}
