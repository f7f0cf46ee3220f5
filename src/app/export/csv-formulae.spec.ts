import { neutralizeFormulae, startsFormula } from './csv-formulae';

describe('neutralizeFormulae', () => {
  it('puts an apostrophe before every place a cell could start a formula', () => {
    expect(neutralizeFormulae('=1+1')).toBe("'=1+1");
    expect(neutralizeFormulae('Plan,"=1+1",x')).toBe(`Plan,"'=1+1",x`);
    expect(neutralizeFormulae('a; @cmd\t+x\r\n-y')).toBe("a;' @cmd\t'+x\r\n'-y");
    expect(neutralizeFormulae('a,\t=1')).toBe("a,'\t'=1");
    expect(neutralizeFormulae('\r+1')).toBe("'\r'+1");
  });

  it('leaves text that starts no formula alone', () => {
    for (const text of ['R&D: 10 %/yr', 'a = b', 'x, 3', "'=1", ''])
      expect(neutralizeFormulae(text)).withContext(text).toBe(text);
  });

  it('marks text that looks like a number too: after a separator it runs on in another reading', () => {
    expect(neutralizeFormulae('-3.5')).toBe("'-3.5");
    expect(neutralizeFormulae('a;-3,x')).toBe("a;'-3,x");
  });

  it('tells which cells a spreadsheet would compute', () => {
    expect(['=1', ' +x', '-a', '@b', '\t1', '\rx'].every(startsFormula)).toBeTrue();
    expect(['-3.5', ' 1e-7', "'=1", 'a=b', ''].some(startsFormula)).toBeFalse();
  });
});
