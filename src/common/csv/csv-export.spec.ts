import { neutraliseFormula } from './csv-export';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1'],
    ['+SUM(A1)'],
    ['-2+3'],
    ['@cmd'],
    ['\tindent'],
    ['\rreturn'],
    ['\uFF1DHYPERLINK("x")'], // FULLWIDTH EQUALS SIGN
    ['\uFF0B1'], // FULLWIDTH PLUS SIGN
    ['\uFF0D1'], // FULLWIDTH HYPHEN-MINUS
    ['\uFF20SUM(1)'], // FULLWIDTH COMMERCIAL AT
    ['\uFE66cmd'], // SMALL EQUALS SIGN
    ['\uFE62cmd'], // SMALL PLUS SIGN
    ['\uFE63cmd'], // SMALL HYPHEN-MINUS
    ['\uFE6Bcmd'], // SMALL COMMERCIAL AT
  ])('prefixes %j with a quote', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each([['paper.pdf'], [''], ['a=b'], ['Résumé'], ['数据.csv'], ['😀 notes']])(
    'leaves %j alone',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
    },
  );
});
