import { checkFilename } from './filename-rules';

describe('checkFilename', () => {
  it.each([
    'paper.pdf',
    'Résumé – final (2).docx',
    '数据.csv',
    'a'.repeat(251) + '.pdf',
    '.hidden-but-fine',
    'v1.2.3 notes.md',
    'notes \u2764\uFE0F.txt',
    'عربي.txt',
  ])('accepts %s', (name) => {
    expect(checkFilename(name)).toEqual({ ok: true, filename: name.normalize('NFC') });
  });

  it('normalises to NFC', () => {
    const decomposed = 'Re\u0301sume\u0301.pdf';
    expect(checkFilename(decomposed)).toEqual({ ok: true, filename: 'Résumé.pdf' });
  });

  it.each([
    [undefined, /required/],
    ['', /required/],
    ['   ', /required/],
    ['../../etc/passwd', /path separators/],
    ['..\\..\\boot.ini', /path separators/],
    ['dir/file.pdf', /path separators/],
    ['..', /".."/],
    ['a..b.pdf', /".."/],
    ['nul\u0000byte.pdf', /control/],
    ['line\nbreak.pdf', /control/],
    ['tab\t.pdf', /control/],
    ['esc\u001b[31m.pdf', /control/],
    ['bell\u0007.txt', /control/],
    ['report\u202Etxt.exe', /invisible or bidirectional/],
    ['iso\u2066late\u2069.txt', /invisible or bidirectional/],
    ['zero\u200Bwidth.txt', /invisible or bidirectional/],
    ['joiner\u200D.txt', /invisible or bidirectional/],
    ['\uFEFFbom.txt', /invisible or bidirectional/],
    ['alm\u061C.txt', /invisible or bidirectional/],
    ['lrm\u200E.txt', /invisible or bidirectional/],
    ['tag\u{E0041}.txt', /invisible or bidirectional/],
    ['what?.pdf', /path separators or any of/],
    ['a<b>.pdf', /path separators or any of/],
    ['quote".pdf', /path separators or any of/],
    ['trailing.', /end with a dot/],
    ['trailing ', /end with a dot/],
    ['CON', /reserved device/],
    ['lpt1.txt', /reserved device/],
    ['a'.repeat(256), /at most 255 bytes/],
    ['é'.repeat(128), /at most 255 bytes/],
  ])('refuses %j', (name, reason) => {
    const result = checkFilename(name);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});
