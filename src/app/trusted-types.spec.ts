import { defaultPolicyRules } from './trusted-types';

describe('default Trusted Types policy', () => {
  const rules = defaultPolicyRules('https://dash.example');

  it('lets only the empty string through as HTML', () => {
    expect(rules.createHTML('')).toBe('');
    for (const html of ['<img src=x onerror=alert(1)>', ' ', '<b>x</b>', 'text'])
      expect(rules.createHTML(html)).toBeNull();
  });

  it('lets only script URLs on the page’s origin through', () => {
    expect(rules.createScriptURL('https://dash.example/worker-ABC.js')).toBe(
      'https://dash.example/worker-ABC.js',
    );
    expect(rules.createScriptURL('/worker-ABC.js')).toBe('/worker-ABC.js');
    for (const url of [
      'https://evil.example/x.js',
      'data:text/javascript,alert(1)',
      'blob:https://dash.example/1',
      'javascript:alert(1)',
      '//evil.example/x.js',
    ]) {
      expect(rules.createScriptURL(url)).withContext(url).toBeNull();
    }
  });
});
