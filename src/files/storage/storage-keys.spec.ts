import {
  objectKeyFor,
  parseQuarantineKey,
  quarantineKeyFor,
  temporaryKeyFor,
  writerOfTemporaryKey,
} from './storage-keys';
import { assertValidKey, STORAGE_MARKER_KEY } from './storage-driver';

describe('storage keys', () => {
  const fileId = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('puts temporary objects in their writer’s folder and finds the writer again', () => {
    const key = temporaryKeyFor('abc123', fileId);
    expect(key).toBe('tmp/abc123/0f8fad5bd9cb469fa16570867728950e');
    expect(writerOfTemporaryKey(key)).toBe('abc123');
    // Keys of earlier versions sit directly under tmp/ and belong to no writer.
    expect(writerOfTemporaryKey('tmp/0f8fad5bd9cb469fa16570867728950e')).toBeUndefined();
  });

  it('records the quarantine time in the key and reads both parts back', () => {
    const original = objectKeyFor(fileId);
    const at = new Date('2026-12-01T10:00:00.000Z');
    const key = quarantineKeyFor(original, at);
    expect(key).toBe(`quarantine/${at.getTime() / 1000}/${original}`);
    expect(() => assertValidKey(key)).not.toThrow();
    expect(parseQuarantineKey(key)).toEqual({ originalKey: original, quarantinedAt: at });
    expect(parseQuarantineKey(`quarantine/x/${original}`)).toBeUndefined();
    expect(parseQuarantineKey(original)).toBeUndefined();
  });

  it('accepts the marker key and nothing else outside the key alphabet', () => {
    expect(() => assertValidKey(STORAGE_MARKER_KEY)).not.toThrow();
    expect(() => assertValidKey('../etc/passwd')).toThrow();
    expect(() => assertValidKey('.hidden')).toThrow();
  });
});
