import { xmlSafe } from './xml-text';

describe('xmlSafe', () => {
  it('drops only the characters XML forbids, with line breaks as LF', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\r\nf\ud800g😀h\ufffe')).toBe('abc\td\ne\nfg😀h');
  });
});
