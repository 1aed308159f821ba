import { DEFAULT_ALLOWED_FILE_TYPES, FILE_TYPE_ALIASES } from '../../config/files.config';
import { DOCX_TYPE, FIXTURES } from '../../../test/support/file-fixtures';
import { detectContentType } from './content-type-detection';

const allowedTypes = DEFAULT_ALLOWED_FILE_TYPES.split(',').map((t) => FILE_TYPE_ALIASES[t] ?? t);

const detect = (sample: Buffer, filename: string, declaredType?: string) =>
  detectContentType({ sample, complete: true, declaredType, filename, allowedTypes });

/** Pins the behaviour of file-type and of the text rules the upload path relies on. */
describe('detectContentType', () => {
  it.each([
    ['pdf', 'paper.pdf', 'application/pdf'],
    ['png', 'figure.png', 'image/png'],
    ['jpeg', 'photo.jpg', 'image/jpeg'],
    ['gif', 'anim.gif', 'image/gif'],
    ['zip', 'data.zip', 'application/zip'],
    ['docx', 'paper.docx', DOCX_TYPE],
    ['xlsx', 'sheet.xlsx', FILE_TYPE_ALIASES.xlsx],
    ['pptx', 'talk.pptx', FILE_TYPE_ALIASES.pptx],
    ['text', 'notes.txt', 'text/plain'],
    ['csv', 'scores.csv', 'text/csv'],
    ['markdown', 'README.md', 'text/markdown'],
    ['json', 'meta.json', 'application/json'],
  ] as const)('recognises %s from its bytes', async (fixture, filename, expected) => {
    await expect(detect(FIXTURES[fixture], filename, 'application/octet-stream')).resolves.toEqual({
      ok: true,
      contentType: expected,
    });
  });

  it('takes the text type from the declaration, and defaults to text/plain', async () => {
    await expect(detect(FIXTURES.csv, 'upload', 'text/csv')).resolves.toEqual({
      ok: true,
      contentType: 'text/csv',
    });
    await expect(detect(FIXTURES.csv, 'upload', undefined)).resolves.toEqual({
      ok: true,
      contentType: 'text/plain',
    });
    await expect(detect(FIXTURES.markdown, 'x.md', 'text/x-markdown')).resolves.toEqual({
      ok: true,
      contentType: 'text/markdown',
    });
  });

  it.each([
    [
      'an ELF executable named .pdf and declared as PDF',
      FIXTURES.elf,
      'paper.pdf',
      'application/pdf',
    ],
    [
      'a Windows executable declared as octet-stream',
      FIXTURES.exe,
      'setup.exe',
      'application/octet-stream',
    ],
    ['a Windows executable named .pdf', FIXTURES.exe, 'paper.pdf', 'application/octet-stream'],
    ['HTML with script named .png', FIXTURES.html, 'figure.png', 'image/png'],
    ['SVG with script named .png', FIXTURES.svg, 'figure.png', 'application/octet-stream'],
    ['SVG with script named .png and declared as PNG', FIXTURES.svg, 'figure.png', 'image/png'],
    ['SVG declared as text/plain', FIXTURES.svg, 'notes.txt', 'text/plain'],
    ['a ZIP declared as PDF', FIXTURES.zip, 'paper.pdf', 'application/pdf'],
    ['a PNG declared as PDF', FIXTURES.png, 'figure', 'application/pdf'],
    ['a PDF named .png', FIXTURES.pdf, 'figure.png', 'application/octet-stream'],
    ['text declared as JSON that is not JSON', FIXTURES.text, 'data.json', 'application/json'],
  ])('refuses %s', async (_label, sample, filename, declared) => {
    const result = await detect(sample, filename, declared);
    expect(result.ok).toBe(false);
  });

  it('accepts an OOXML document declared as a ZIP (it is one)', async () => {
    await expect(detect(FIXTURES.docx, 'paper.docx', 'application/zip')).resolves.toEqual({
      ok: true,
      contentType: DOCX_TYPE,
    });
  });

  it('treats a multi-byte character cut at the end of a partial sample as text', async () => {
    const sample = Buffer.from('Ünïcode notes ✓', 'utf8').subarray(0, -1);
    await expect(
      detectContentType({
        sample,
        complete: false,
        declaredType: 'text/plain',
        filename: 'n.txt',
        allowedTypes,
      }),
    ).resolves.toEqual({
      ok: true,
      contentType: 'text/plain',
    });
  });

  it('honours a narrower allow-list', async () => {
    const result = await detectContentType({
      sample: FIXTURES.png,
      complete: true,
      declaredType: 'image/png',
      filename: 'a.png',
      allowedTypes: ['application/pdf'],
    });
    expect(result).toEqual({ ok: false, reason: 'image/png is not an accepted file type' });
  });
});
