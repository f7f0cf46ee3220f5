import JSZip from 'jszip';
import { Deck } from './deck';
import { XSS, deckFixture } from './deck-fixture';
import { PPTX_TYPE, buildPptx } from './pptx-deck';

const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

async function unzip(deck: Deck) {
  const zip = await JSZip.loadAsync(await buildPptx(deck));
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const count = (pattern: RegExp) =>
    Object.keys(zip.files).filter((name) => pattern.test(name)).length;
  return { zip, read, count };
}

/** The text runs of a slide's XML. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);

describe('PowerPoint deck', () => {
  it('is a pptx blob with a title slide, one slide per deck slide and a closing slide', async () => {
    const deck = deckFixture();
    const blob = await buildPptx(deck);
    expect(blob.type).toBe(PPTX_TYPE);
    const { count } = await unzip(deck);
    expect(count(/^ppt\/slides\/slide\d+\.xml$/)).toBe(deck.slides.length + 2);
    expect(count(/^ppt\/media\/.+\.png$/)).toBe(deck.slides.length);
  });

  it('puts each slide’s title, caption, sources and the changed levers on its slide', async () => {
    const deck = deckFixture();
    const { read } = await unzip(deck);
    for (const [i, slide] of deck.slides.entries()) {
      const text = runs(await read(`ppt/slides/slide${i + 2}.xml`));
      expect(text).toContain(escaped(slide.title));
      expect(text).toContain(escaped(slide.caption));
      expect(text).toContain(escaped(`Sources: ${slide.sources}`));
      expect(text).toContain(escaped('R&D spending growth (nominal)'));
      expect(text).toContain('Open this scenario in the dashboard');
    }
    expect(runs(await read('ppt/slides/slide2.xml'))).toContain(
      escaped('Watch the 2027 revision.'),
    );
  });

  it('keeps the analyst note as speaker notes', async () => {
    const { read } = await unzip(deckFixture());
    expect(await read('ppt/notesSlides/notesSlide2.xml')).toContain('Watch the 2027 revision.');
    expect(await read('ppt/notesSlides/notesSlide3.xml')).not.toContain('Watch the 2027 revision.');
  });

  it('escapes markup in a scenario name everywhere and never writes it raw', async () => {
    const { zip, read } = await unzip(deckFixture());
    expect(runs(await read('ppt/slides/slide1.xml'))).toContain(escaped(XSS));
    expect(await read('docProps/core.xml')).toContain(escaped(`Briefing: ${XSS}`));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      expect(await read(name))
        .withContext(name)
        .not.toContain('<img');
    }
  });

  it('links back to the scenario, but never to a javascript: URL', async () => {
    const { read } = await unzip(deckFixture());
    expect(await read('ppt/slides/_rels/slide2.xml.rels')).toContain(
      'Target="https://example.org/?v=1&amp;rdGrowth=12"',
    );
    const unsafe = await unzip(
      deckFixture({ provenance: { ...deckFixture().provenance, link: 'javascript:alert(1)' } }),
    );
    expect(await unsafe.read('ppt/slides/_rels/slide2.xml.rels')).not.toContain('javascript');
    expect(runs(await unsafe.read('ppt/slides/slide2.xml'))).toContain('javascript:alert(1)');
  });

  it('keeps Unicode as typed and writes well-formed XML whatever the text', async () => {
    const base = deckFixture();
    const deck = deckFixture({
      provenance: { ...base.provenance, scenario: 'Push ≥ 3σ → 中国 "=cmd" \u0001\ud800' },
      slides: [{ ...base.slides[0], note: 'Note \u0000with\u000b controls\r\nand a line' }],
    });
    const { zip, read } = await unzip(deck);
    expect(runs(await read('ppt/slides/slide1.xml'))).toContain(escaped('Push ≥ 3σ → 中国 "=cmd"'));
    expect(await read('ppt/notesSlides/notesSlide2.xml')).toContain('Note with controls');
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const doc = new DOMParser().parseFromString(await read(name), 'application/xml');
      expect(doc.getElementsByTagName('parsererror').length).withContext(name).toBe(0);
    }
  });

  it('lists every assumption on the closing slide, and the sources', async () => {
    const deck = deckFixture();
    const { read } = await unzip(deck);
    const text = runs(await read(`ppt/slides/slide${deck.slides.length + 2}.xml`));
    expect(text).toContain('Nominal GDP growth');
    expect(text).toContain('5 %/yr');
    expect(text.join('\n')).toContain('• OECD MSTI 2025');
  });
});
