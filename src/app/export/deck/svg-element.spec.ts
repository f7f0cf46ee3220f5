import { chartSvg, XSS } from './deck-fixture';
import { svgElement } from './svg-element';

describe('svgElement', () => {
  it('parses an SVG document into a detached <svg> element', () => {
    const svg = svgElement(chartSvg('R&D intensity'));
    expect(svg instanceof SVGSVGElement).toBeTrue();
    expect(svg.ownerDocument).not.toBe(document);
    expect(svg.querySelector('text')?.textContent).toBe('R&D intensity');
  });

  it('keeps escaped markup in text as text', () => {
    const svg = svgElement(chartSvg(XSS));
    expect(svg.querySelector('text')?.textContent).toBe(XSS);
    expect(svg.getElementsByTagName('img').length).toBe(0);
  });

  it('rejects what is not well-formed SVG', () => {
    expect(() => svgElement('<svg xmlns="http://www.w3.org/2000/svg"><text>')).toThrowError(
      /well-formed SVG/,
    );
    expect(() => svgElement('<html><body></body></html>')).toThrowError(/well-formed SVG/);
    expect(() => svgElement('<svg><rect/></svg>')).toThrowError(/well-formed SVG/);
    expect(() => svgElement('')).toThrowError(/well-formed SVG/);
  });
});
