import { randomBytes, randomUUID } from 'node:crypto';
import { FileEntity } from '../src/files/file.entity';
import { MAX_OFFSET, TOTAL_COUNT_CAP } from '../src/common/pagination/pagination.dto';
import { UserEntity } from '../src/users/user.entity';
import { insertRows } from './support/bulk-insert';
import {
  createPersonalToken,
  login,
  register,
  signInAdmin,
  type SignedIn,
} from './support/factories';
import { useTestApp } from './support/test-app';

/**
 * Cursor pagination on every list: pages follow the list's order without
 * repeating or skipping a row, also when rows are added and removed between
 * pages; a cursor that was altered or made for another query is a 400.
 */

interface PageBody {
  items: Array<Record<string, unknown> & { id: string }>;
  total: number;
  total_exact: boolean;
  offset: number;
  limit: number;
  next_cursor: string | null;
}

const DAY = 86_400_000;
const BASE = Date.parse('2026-06-01T00:00:00.000Z');

describe('list pagination: cursors, totals, offsets', () => {
  const t = useTestApp();
  let admin: SignedIn;
  let owner: SignedIn;
  let other: SignedIn;

  async function get(path: string, who: SignedIn, status = 200): Promise<PageBody> {
    const res = await t.http.get(`/api/v1${path}`).set('Authorization', who.auth);
    expect({ path, status: res.status, body: res.status === status ? null : res.body }).toEqual({
      path,
      status,
      body: null,
    });
    return res.body as PageBody;
  }

  /** Follows next_cursor from the first page to the last; returns every item in order. */
  async function walk(path: string, who: SignedIn, limit: number) {
    const separator = path.includes('?') ? '&' : '?';
    const items: PageBody['items'] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await get(`${path}${separator}limit=${limit}${query}`, who);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      if (page.next_cursor) expect(page.items).toHaveLength(limit);
      items.push(...page.items);
      cursor = page.next_cursor;
      pages += 1;
      expect(pages).toBeLessThan(1000);
    } while (cursor);
    return items;
  }

  let fileSequence = 0;
  function fileRow(ownerId: string, overrides: Partial<FileEntity> = {}): FileEntity {
    fileSequence += 1;
    const row = new FileEntity();
    Object.assign(row, {
      id: randomUUID(),
      owner_id: ownerId,
      // Repeated names, sizes and instants: ties the id must break.
      filename: `paper ${String(fileSequence % 7).padStart(2, '0')}.pdf`,
      content_type: fileSequence % 3 === 0 ? 'text/plain' : 'application/pdf',
      size: 1000 + (fileSequence % 5),
      sha256: randomBytes(32).toString('hex'),
      storage_key: randomBytes(16).toString('hex'),
      uploaded_at: new Date(BASE + (fileSequence % 9) * DAY),
      ...overrides,
    });
    return row;
  }

  async function insertFiles(rows: FileEntity[]): Promise<void> {
    await insertRows(t.dataSource, FileEntity, rows);
  }

  /** The expected order of file rows: sort key, then id, in one direction. */
  function sortFiles(rows: FileEntity[], sort: 'uploaded_at' | 'filename' | 'size', desc: boolean) {
    const key = (f: FileEntity): string | number =>
      sort === 'uploaded_at' ? f.uploaded_at.getTime() : sort === 'size' ? f.size : f.filename;
    const sorted = [...rows].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    return desc ? sorted.reverse() : sorted;
  }

  let ownerFiles: FileEntity[];

  beforeAll(async () => {
    admin = await signInAdmin(t);
    owner = await register(t);
    other = await register(t);
    ownerFiles = Array.from({ length: 47 }, () => fileRow(owner.user.id));
    await insertFiles([...ownerFiles, ...Array.from({ length: 6 }, () => fileRow(other.user.id))]);
  });

  describe('files', () => {
    it.each([
      ['uploaded_at', 'desc'],
      ['uploaded_at', 'asc'],
      ['filename', 'asc'],
      ['filename', 'desc'],
      ['size', 'desc'],
      ['size', 'asc'],
    ] as const)(
      'pages by cursor through every file once in order: sort=%s order=%s',
      async (sort, order) => {
        const items = await walk(`/files?sort=${sort}&order=${order}`, owner, 10);
        expect(items.map((f) => f.id)).toEqual(
          sortFiles(ownerFiles, sort, order === 'desc').map((f) => f.id),
        );
      },
    );

    it('answers the same pages by cursor as by offset', async () => {
      const byCursor = await walk('/files?sort=filename&order=asc', owner, 7);
      const byOffset: string[] = [];
      for (let offset = 0; offset < ownerFiles.length; offset += 7) {
        const page = await get(`/files?sort=filename&order=asc&limit=7&offset=${offset}`, owner);
        byOffset.push(...page.items.map((f) => f.id));
      }
      expect(byCursor.map((f) => f.id)).toEqual(byOffset);
    });

    it('keeps filters across pages, and an admin pages through everyone’s files', async () => {
      const pdfs = await walk('/files?content_type=application/pdf', owner, 4);
      expect(pdfs.map((f) => f.id)).toEqual(
        sortFiles(
          ownerFiles.filter((f) => f.content_type === 'application/pdf'),
          'uploaded_at',
          true,
        ).map((f) => f.id),
      );
      const everyone = await walk(`/files?owner_id=${other.user.id}&sort=size`, admin, 4);
      expect(everyone).toHaveLength(6);
      expect(new Set(everyone.map((f) => f.owner_id))).toEqual(new Set([other.user.id]));
    });

    it('neither repeats nor skips a row when rows are added and removed between pages', async () => {
      const mine = await register(t);
      const rows = Array.from({ length: 30 }, (_, i) =>
        fileRow(mine.user.id, { uploaded_at: new Date(BASE + (i % 6) * DAY) }),
      );
      await insertFiles(rows);
      const first = await get('/files?limit=10', mine);
      const seen = first.items.map((f) => f.id);
      const lastSeen = rows.find((r) => r.id === seen[seen.length - 1]) as FileEntity;

      // Meanwhile: a newer upload (sorts before the cursor), one tied with the
      // last row seen, a row seen is deleted, and a row not yet seen is deleted.
      const newer = fileRow(mine.user.id, { uploaded_at: new Date(BASE + 30 * DAY) });
      const tied = fileRow(mine.user.id, { uploaded_at: lastSeen.uploaded_at });
      await insertFiles([newer, tied]);
      const unseen = sortFiles(rows, 'uploaded_at', true).slice(15, 16)[0];
      await t.dataSource.getRepository(FileEntity).delete([seen[0], unseen.id]);

      const rest: string[] = [];
      let cursor = first.next_cursor;
      while (cursor) {
        const page = await get(`/files?limit=10&cursor=${cursor}`, mine);
        rest.push(...page.items.map((f) => f.id));
        cursor = page.next_cursor;
      }
      // Exactly the rows after the last one seen, in order, as they are now.
      const now = sortFiles(
        [...rows.filter((r) => r.id !== seen[0] && r.id !== unseen.id), newer, tied],
        'uploaded_at',
        true,
      ).map((r) => r.id);
      expect(rest).toEqual(now.slice(now.indexOf(lastSeen.id) + 1));
      expect(rest.filter((id) => seen.includes(id))).toEqual([]);
      expect(rest).not.toContain(unseen.id);
      expect(rest).not.toContain(newer.id);
      // The tied row sorts after the last row seen only if its id is smaller (descending ids).
      expect(rest.includes(tied.id)).toBe(tied.id < lastSeen.id);
    });
  });

  describe('users', () => {
    let made: UserEntity[];

    beforeAll(async () => {
      const at = new Date(BASE);
      made = Array.from({ length: 23 }, (_, i) => {
        const user = new UserEntity();
        const tag = `${randomBytes(3).toString('hex')}${i}`;
        Object.assign(user, {
          id: randomUUID(),
          username: `Pager_${tag}`,
          username_normalized: `pager_${tag}`,
          email: `pager_${tag}@example.org`,
          hashed_password: 'not-a-real-hash',
          is_active: true,
          is_admin: false,
          // Many share an instant: the id breaks the tie.
          created_at: new Date(at.getTime() + (i % 4) * 1000),
          updated_at: at,
        });
        return user;
      });
      await insertRows(t.dataSource, UserEntity, made);
    });

    it.each([
      ['created_at', 'desc'],
      ['created_at', 'asc'],
      ['username', 'asc'],
      ['email', 'desc'],
    ] as const)(
      'pages by cursor through every user once in order: sort=%s order=%s',
      async (sort, order) => {
        const items = await walk(`/users?q=pager_&sort=${sort}&order=${order}`, admin, 5);
        const key = (u: UserEntity): string | number =>
          sort === 'created_at'
            ? u.created_at.getTime()
            : sort === 'username'
              ? u.username_normalized
              : u.email;
        const expected = [...made].sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          if (ka !== kb) return ka < kb ? -1 : 1;
          return a.id < b.id ? -1 : 1;
        });
        if (order === 'desc') expected.reverse();
        expect(items.map((u) => u.id)).toEqual(expected.map((u) => u.id));
        expect(items[0]).not.toHaveProperty('hashed_password');
      },
    );
  });

  describe('sessions and personal tokens', () => {
    it('pages through the caller’s live sessions by cursor', async () => {
      const user = await register(t);
      const sessions = [user];
      for (let i = 0; i < 6; i += 1) sessions.push(await login(t, user.user.username));
      const items = await walk('/auth/sessions?sort=created_at&order=asc', user, 2);
      expect(items).toHaveLength(7);
      expect(new Set(items.map((s) => s.id)).size).toBe(7);
      const created = items.map((s) => s.created_at as string);
      expect(created).toEqual([...created].sort());
    });

    it('pages through the caller’s personal tokens by cursor', async () => {
      const user = await register(t);
      const names = ['delta', 'alpha', 'echo', 'charlie', 'bravo'];
      for (const name of names) await createPersonalToken(t, user, { name });
      const items = await walk('/tokens?sort=name&order=asc', user, 2);
      expect(items.map((token) => token.name)).toEqual([...names].sort());
    });
  });

  describe('refused cursors and offsets', () => {
    it.each([
      ['/files'],
      ['/files?sort=size&order=asc'],
      ['/users'],
      ['/auth/sessions'],
      ['/tokens'],
    ])(
      'answers 400 INVALID_CURSOR for an altered, truncated or foreign cursor on %s',
      async (path) => {
        const who = path.startsWith('/users') ? admin : owner;
        if (path === '/tokens') for (let i = 0; i < 3; i += 1) await createPersonalToken(t, owner);
        if (path === '/auth/sessions')
          for (let i = 0; i < 2; i += 1) await login(t, owner.user.username);
        const separator = path.includes('?') ? '&' : '?';
        const first = await get(`${path}${separator}limit=1`, who);
        const cursor = first.next_cursor as string;
        expect(typeof cursor).toBe('string');
        const flipped = cursor.slice(0, 5) + (cursor[5] === 'A' ? 'B' : 'A') + cursor.slice(6);
        const foreign = path.startsWith('/files') ? '/users' : '/files';
        const attempts: Array<[string, SignedIn]> = [
          [`${path}${separator}cursor=${flipped}`, who],
          [`${path}${separator}cursor=${cursor.slice(0, -3)}`, who],
          [`${path}${separator}cursor=${Buffer.from('[1,["x"],"y"]').toString('base64url')}`, who],
          // Same list, another order: the position means something else there.
          [
            path.includes('order=asc')
              ? `${path.replace('order=asc', 'order=desc')}&cursor=${cursor}`
              : `${path}${separator}order=asc&cursor=${cursor}`,
            who,
          ],
          [`${foreign}?cursor=${cursor}`, foreign === '/users' ? admin : owner],
        ];
        for (const [attempt, caller] of attempts) {
          const res = await t.http.get(`/api/v1${attempt}`).set('Authorization', caller.auth);
          expect({ attempt, status: res.status, code: res.body.code }).toEqual({
            attempt,
            status: 400,
            code: 'INVALID_CURSOR',
          });
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
        }
      },
    );

    it('refuses a cursor made for other filters', async () => {
      const page = await get('/files?content_type=application/pdf&limit=1', owner);
      const res = await t.http
        .get(`/api/v1/files?content_type=text/plain&cursor=${page.next_cursor}`)
        .set('Authorization', owner.auth);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_CURSOR');
    });

    it('answers 422 for a cursor with an offset, an offset past the limit, and cursor text that is no cursor', async () => {
      const page = await get('/files?limit=1', owner);
      for (const path of [
        `/files?offset=1&cursor=${page.next_cursor}`,
        `/files?offset=${MAX_OFFSET + 1}`,
        '/files?cursor=not%20a%20cursor',
      ]) {
        const res = await t.http.get(`/api/v1${path}`).set('Authorization', owner.auth);
        expect({ path, status: res.status, code: res.body.code }).toEqual({
          path,
          status: 422,
          code: 'VALIDATION_FAILED',
        });
      }
      await get(`/files?offset=${MAX_OFFSET}`, owner);
    });
  });

  describe('total', () => {
    it('is exact below the cap, with total_exact true', async () => {
      const page = await get('/files?limit=5', owner);
      expect(page).toMatchObject({ total: ownerFiles.length, total_exact: true, limit: 5 });
      const pdfs = ownerFiles.filter((f) => f.content_type === 'application/pdf').length;
      expect((await get('/files?content_type=application/pdf', owner)).total).toBe(pdfs);
    });

    it(`stops at ${TOTAL_COUNT_CAP} (total_exact false) unless count=true`, async () => {
      const big = await register(t);
      await insertFiles(Array.from({ length: TOTAL_COUNT_CAP + 3 }, () => fileRow(big.user.id)));
      const capped = await get('/files?limit=1', big);
      expect(capped).toMatchObject({ total: TOTAL_COUNT_CAP, total_exact: false });
      expect(capped.next_cursor).toEqual(expect.any(String));
      const exact = await get('/files?limit=1&count=true', big);
      expect(exact).toMatchObject({ total: TOTAL_COUNT_CAP + 3, total_exact: true });
      const last = await get(`/files?limit=5&offset=${TOTAL_COUNT_CAP}`, big);
      expect(last.items).toHaveLength(3);
      expect(last.next_cursor).toBeNull();
    });
  });
});
