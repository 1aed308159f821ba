import { FILE_TYPE_ALIASES, loadFilesSettings } from './files.config';

describe('files settings', () => {
  it('defaults to local storage, 100 MiB and the documented types with Office aliases expanded', () => {
    const settings = loadFilesSettings({});
    expect(settings.storageDriver).toBe('local');
    expect(settings.maxUploadBytes).toBe(100 * 1024 * 1024);
    expect(settings.allowedFileTypes).toEqual(
      expect.arrayContaining(['application/pdf', 'text/csv', FILE_TYPE_ALIASES.docx]),
    );
    expect(settings.allowedFileTypes).not.toContain('docx');
  });

  it('rejects a malformed type list', () => {
    expect(() => loadFilesSettings({ ALLOWED_FILE_TYPES: 'application/pdf, not a type' })).toThrow(
      /^ALLOWED_FILE_TYPES must be a comma-separated list/,
    );
  });
});
