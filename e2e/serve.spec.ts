// The static server in e2e/serve.mjs: content types, gzip, SPA fallback, 404s.
import { expect, test } from './fixtures';

test.describe('static server', () => {
  test('serves the app with content types, gzip and an SPA fallback', async ({ request }) => {
    const index = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers()['content-encoding']).toBe('gzip');
    const html = await index.text();
    expect(html).toContain('<app-root');

    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'a script in index.html').toBeTruthy();
    const js = await request.get(`/${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(js.status()).toBe(200);
    expect(js.headers()['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers()['content-encoding']).toBe('gzip');

    const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();

    const stylesheet = /<link[^>]+href="([^"]+\.css)"/.exec(html)?.[1];
    if (stylesheet) {
      const css = await request.get(`/${stylesheet}`);
      expect(css.headers()['content-type']).toBe('text/css; charset=utf-8');
    }

    for (const route of ['/sources', '/model', '/some/deep/route']) {
      const fallback = await request.get(route);
      expect(fallback.status(), route).toBe(200);
      expect(await fallback.text(), route).toBe(html);
    }
    expect((await request.get('/missing-file.js')).status()).toBe(404);
    expect((await request.get('/..%2f..%2fpackage.json')).status()).toBe(404);
  });
});
