import {
  decodeCursor,
  encodeCursor,
  filtersDigest,
  InvalidCursorException,
  MAX_CURSOR_LENGTH,
  type CursorBinding,
} from './cursor';

const files: CursorBinding = {
  list: 'files',
  kinds: ['date', 'uuid'],
  sort: 'uploaded_at',
  order: 'desc',
  filters: { q: 'paper', owner_id: undefined },
};
const at = new Date('2026-11-27T10:00:00.123Z');
const id = '7d1f0b2a-3c4e-4f5a-8b6c-9d0e1f2a3b4c';

function rejection(binding: CursorBinding, cursor: string): InvalidCursorException {
  try {
    decodeCursor(binding, cursor);
  } catch (error) {
    if (error instanceof InvalidCursorException) return error;
    throw error;
  }
  throw new Error('cursor was accepted');
}

describe('encodeCursor / decodeCursor', () => {
  it('round-trips a position as opaque base64url text', () => {
    const cursor = encodeCursor(files, [at, id]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(files, cursor)).toEqual([at, id]);
  });

  it('round-trips strings with any characters and integers', () => {
    const binding: CursorBinding = {
      list: 'files',
      kinds: ['string', 'integer', 'uuid'],
      sort: 'filename',
      order: 'asc',
    };
    const values = ['Ünïcødé "quoted", \u{1F600}.pdf', 9_007_199_254_740_991, id];
    expect(decodeCursor(binding, encodeCursor(binding, values))).toEqual(values);
  });

  it('does not depend on filter key order or undefined filters', () => {
    const cursor = encodeCursor(files, [at, id]);
    const same = { ...files, filters: { owner_id: undefined, q: 'paper', content_type: null } };
    expect(decodeCursor(same, cursor)).toEqual([at, id]);
  });

  it.each([
    ['another list', { list: 'users' }],
    ['another sort', { sort: 'filename' }],
    ['another order', { order: 'asc' as const }],
    ['other filters', { filters: { q: 'other' } }],
    ['no filters', { filters: undefined }],
  ])('rejects a cursor replayed on %s', (_name, change) => {
    const cursor = encodeCursor(files, [at, id]);
    const error = rejection({ ...files, ...change }, cursor);
    expect(error.getStatus()).toBe(400);
    expect(error.code).toBe('INVALID_CURSOR');
    expect(error.errors?.[0]?.field).toBe('cursor');
  });

  it('rejects a cursor whose position was edited', () => {
    const cursor = encodeCursor(files, [at, id]);
    const [version, values, check] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as [number, string[], string];
    values[0] = '2020-01-01T00:00:00.000Z';
    const edited = Buffer.from(JSON.stringify([version, values, check])).toString('base64url');
    expect(rejection(files, edited).code).toBe('INVALID_CURSOR');
  });

  it('rejects every truncation and every single-character change', () => {
    const cursor = encodeCursor(files, [at, id]);
    for (let length = 0; length < cursor.length; length++)
      expect(() => decodeCursor(files, cursor.slice(0, length))).toThrow(InvalidCursorException);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < cursor.length; i++) {
      const other = alphabet[(alphabet.indexOf(cursor[i]) + 17) % alphabet.length];
      const changed = cursor.slice(0, i) + other + cursor.slice(i + 1);
      // A change in the padding bits of the last character can decode to the same bytes.
      if (Buffer.from(changed, 'base64url').equals(Buffer.from(cursor, 'base64url'))) continue;
      expect(() => decodeCursor(files, changed)).toThrow(InvalidCursorException);
    }
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
    ['too long', 'A'.repeat(MAX_CURSOR_LENGTH + 1)],
  ])('rejects %s text', (_name, text) => {
    expect(rejection(files, text).code).toBe('INVALID_CURSOR');
  });

  it('rejects a well-formed cursor whose values have the wrong kinds', () => {
    const loose: CursorBinding = { ...files, kinds: ['string', 'string'] };
    const cursor = encodeCursor(loose, ['yesterday', 'not-a-uuid']);
    // Read with stricter kinds: the checksum covers the kinds, and the values would not pass them.
    expect(rejection(files, cursor).code).toBe('INVALID_CURSOR');
  });

  it('refuses to encode values that do not fit the kinds (a programming error, not a 400)', () => {
    expect(() => encodeCursor(files, [at])).toThrow(Error);
    expect(() => encodeCursor(files, ['not a date', id])).toThrow(Error);
    expect(() => encodeCursor({ ...files, kinds: ['integer', 'uuid'] }, [1.5, id])).toThrow(
      'not an integer',
    );
  });
});

describe('filtersDigest', () => {
  it('writes dates as ISO text and ignores key order', () => {
    expect(filtersDigest({ b: 1, a: at })).toBe(filtersDigest({ a: new Date(at), b: 1 }));
    expect(filtersDigest({ a: 1 })).not.toBe(filtersDigest({ a: 2 }));
  });
});
