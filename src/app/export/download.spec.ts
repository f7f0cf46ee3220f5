import { slug } from './download';

describe('slug', () => {
  it('makes file-name-safe names', () => {
    expect(slug('Self-reliance push (copy)')).toBe('self-reliance-push-copy');
    expect(slug('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(slug('中文')).toBe('scenario');
  });
});
