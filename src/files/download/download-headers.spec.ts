import { attachmentHeader, decideRange, etagOf, ifNoneMatchHits } from './download-headers';

describe('download headers', () => {
  it('builds an RFC 6266 attachment header with an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentHeader('paper.pdf')).toBe(
      `attachment; filename="paper.pdf"; filename*=UTF-8''paper.pdf`,
    );
    expect(attachmentHeader('Résumé final.pdf')).toBe(
      `attachment; filename="Resume final.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20final.pdf`,
    );
    expect(attachmentHeader('数据.csv')).toBe(
      `attachment; filename="__.csv"; filename*=UTF-8''%E6%95%B0%E6%8D%AE.csv`,
    );
    expect(attachmentHeader("it's 100% (final)*.txt")).toBe(
      `attachment; filename="it's 100_ (final)*.txt"; filename*=UTF-8''it%27s%20100%25%20%28final%29%2A.txt`,
    );
  });

  it('cannot be broken out of by quotes, semicolons or backslashes', () => {
    const header = attachmentHeader('a";b\\c; filename=evil.exe');
    expect(header).toBe(
      `attachment; filename="a_;b_c; filename=evil.exe"; filename*=UTF-8''a%22%3Bb%5Cc%3B%20filename%3Devil.exe`,
    );
    expect(header.match(/"/g)).toHaveLength(2);
  });

  it('matches If-None-Match strongly or weakly, in lists, and *', () => {
    const etag = etagOf('abc');
    expect(ifNoneMatchHits('"abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('"x", "abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('*', etag)).toBe(true);
    expect(ifNoneMatchHits('"abd"', etag)).toBe(false);
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
  });

  it.each([
    ['bytes=0-9', { kind: 'partial', range: { start: 0, end: 9 } }],
    ['bytes=-5', { kind: 'partial', range: { start: 95, end: 99 } }],
    ['bytes=90-', { kind: 'partial', range: { start: 90, end: 99 } }],
    ['bytes=90-500', { kind: 'partial', range: { start: 90, end: 99 } }],
    ['bytes=100-', { kind: 'unsatisfiable' }],
    ['bytes=200-300', { kind: 'unsatisfiable' }],
    ['bytes=abc', { kind: 'unsatisfiable' }],
    ['pages=1-2', { kind: 'unsatisfiable' }],
    ['bytes=0-1,50-60', { kind: 'full' }],
  ])('decides %s on 100 bytes', (header, expected) => {
    expect(decideRange(100, header, undefined, '"e"')).toEqual(expected);
  });

  it('serves the whole file when If-Range names another version', () => {
    expect(decideRange(100, 'bytes=0-9', '"other"', '"e"')).toEqual({ kind: 'full' });
    expect(decideRange(100, 'bytes=0-9', '"e"', '"e"')).toEqual({
      kind: 'partial',
      range: { start: 0, end: 9 },
    });
  });
});
