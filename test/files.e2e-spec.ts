import { createHash } from 'node:crypto';
import { FileEntity } from '../src/files/file.entity';
import { DOCX_TYPE, FIXTURES } from './support/file-fixtures';
import { register, signInAdmin, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';
import { storedObjects, upload } from './support/uploads';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Parses a binary supertest response into a Buffer. */
function binary(
  res: { on: (event: string, cb: (chunk?: Buffer) => void) => void; setEncoding?: unknown },
  cb: (err: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk?: Buffer) => chunks.push(chunk as Buffer));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('files: upload, download, list, delete', () => {
  const t = useTestApp();
  let alice: SignedIn;
  let bob: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    alice = await register(t);
    bob = await register(t);
    admin = await signInAdmin(t);
  });

  const download = (auth: string, id: string) =>
    t.http.get(`/api/v1/files/${id}/content`).set('Authorization', auth).buffer(true).parse(binary);

  describe('accepted types', () => {
    it.each([
      ['pdf', 'paper.pdf', 'application/pdf', 'application/pdf'],
      ['png', 'figure.png', 'image/png', 'image/png'],
      ['jpeg', 'photo.jpg', 'image/jpeg', 'image/jpeg'],
      ['text', 'notes.txt', 'text/plain', 'text/plain'],
      ['csv', 'scores.csv', 'text/csv', 'text/csv'],
      ['json', 'meta.json', 'application/json', 'application/json'],
      ['docx', 'paper.docx', 'application/octet-stream', DOCX_TYPE],
      ['markdown', 'README.md', 'text/markdown', 'text/markdown'],
    ] as const)(
      'stores a %s with the detected type, size and sha256, and gives back the same bytes',
      async (fixture, filename, declared, expected) => {
        const data = FIXTURES[fixture];
        const res = await upload(t, alice.auth, data, filename, declared).expect(201);
        expect(res.body).toMatchObject({
          owner_id: alice.user.id,
          filename,
          content_type: expected,
          size: data.length,
          sha256: sha256(data),
        });
        expect(res.body).not.toHaveProperty('storage_key');
        const got = await download(alice.auth, res.body.id).expect(200);
        expect(Buffer.compare(got.body as Buffer, data)).toBe(0);
        expect(got.headers['content-type']).toBe(expected);
        expect(got.headers['content-length']).toBe(String(data.length));
      },
    );

    it('keeps a Unicode filename exactly and sends it back RFC 6266-encoded', async () => {
      const res = await upload(
        t,
        alice.auth,
        FIXTURES.pdf,
        'Résumé – 数据.pdf',
        'application/pdf',
      ).expect(201);
      expect(res.body.filename).toBe('Résumé – 数据.pdf');
      const got = await download(alice.auth, res.body.id).expect(200);
      expect(got.headers['content-disposition']).toBe(
        `attachment; filename="Resume _ __.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E2%80%93%20%E6%95%B0%E6%8D%AE.pdf`,
      );
    });

    it('stores the bytes under a server-made key, never under the client’s name', async () => {
      const res = await upload(
        t,
        alice.auth,
        FIXTURES.png,
        'innocent-name.png',
        'image/png',
      ).expect(201);
      const row = await t.dataSource.getRepository(FileEntity).findOneByOrFail({ id: res.body.id });
      expect(row.storage_key).toMatch(/^objects\/[0-9a-f]{2}\/[0-9a-f]{32}$/);
      expect((await storedObjects(t)).some((path) => path.includes('innocent'))).toBe(false);
      expect(await storedObjects(t)).toContain(row.storage_key);
    });
  });

  describe('download headers, ranges and revalidation', () => {
    let id: string;
    const data = Buffer.concat([FIXTURES.pdf, Buffer.from('0123456789'.repeat(10))]);

    beforeAll(async () => {
      id = (await upload(t, alice.auth, data, 'ranges.pdf', 'application/pdf').expect(201)).body.id;
    });

    it('sends the caching, safety and range headers', async () => {
      const res = await download(alice.auth, id).expect(200);
      expect(res.headers).toMatchObject({
        etag: `"${sha256(data)}"`,
        'accept-ranges': 'bytes',
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-cache',
        'content-disposition': `attachment; filename="ranges.pdf"; filename*=UTF-8''ranges.pdf`,
      });
      expect(new Date(res.headers['last-modified']).getTime()).not.toBeNaN();
    });

    it('answers bytes=0-9 with 206 and exactly those bytes', async () => {
      const res = await download(alice.auth, id).set('Range', 'bytes=0-9').expect(206);
      expect(res.headers['content-range']).toBe(`bytes 0-9/${data.length}`);
      expect(res.headers['content-length']).toBe('10');
      expect(Buffer.compare(res.body as Buffer, data.subarray(0, 10))).toBe(0);
    });

    it('answers a suffix range bytes=-5 with the last five bytes', async () => {
      const res = await download(alice.auth, id).set('Range', 'bytes=-5').expect(206);
      expect(res.headers['content-range']).toBe(
        `bytes ${data.length - 5}-${data.length - 1}/${data.length}`,
      );
      expect(Buffer.compare(res.body as Buffer, data.subarray(-5))).toBe(0);
    });

    it.each([[`bytes=${10_000}-`], ['bytes=abc'], ['bytes=5-2'], ['items=0-1']])(
      'answers %s with 416 and the size',
      async (range) => {
        const res = await t.http
          .get(`/api/v1/files/${id}/content`)
          .set('Authorization', alice.auth)
          .set('Range', range)
          .expect(416);
        expect(res.body.code).toBe('RANGE_NOT_SATISFIABLE');
        expect(res.headers['content-range']).toBe(`bytes */${data.length}`);
      },
    );

    it('answers a matching If-None-Match with 304 and no body', async () => {
      const res = await download(alice.auth, id)
        .set('If-None-Match', `"${sha256(data)}"`)
        .expect(304);
      expect((res.body as Buffer).length).toBe(0);
      await download(alice.auth, id).set('If-None-Match', '"something-else"').expect(200);
    });
  });

  describe('ownership', () => {
    it('hides a file from other users on every route (404), keeps it, and lets an admin read and delete it', async () => {
      const file = (
        await upload(t, alice.auth, FIXTURES.text, 'private.txt', 'text/plain').expect(201)
      ).body;
      for (const res of [
        await t.http.get(`/api/v1/files/${file.id}`).set('Authorization', bob.auth),
        await t.http.get(`/api/v1/files/${file.id}/content`).set('Authorization', bob.auth),
        await t.http.delete(`/api/v1/files/${file.id}`).set('Authorization', bob.auth),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('FILE_NOT_FOUND');
      }
      await t.http.get(`/api/v1/files/${file.id}`).set('Authorization', alice.auth).expect(200);
      const bobsList = await t.http.get('/api/v1/files').set('Authorization', bob.auth).expect(200);
      expect(bobsList.body.items.map((f: { id: string }) => f.id)).not.toContain(file.id);
      const sneaky = await t.http
        .get(`/api/v1/files?owner_id=${alice.user.id}`)
        .set('Authorization', bob.auth)
        .expect(200);
      expect(sneaky.body.total).toBe(0);

      const asAdmin = await download(admin.auth, file.id).expect(200);
      expect(Buffer.compare(asAdmin.body as Buffer, FIXTURES.text)).toBe(0);
      await t.http.delete(`/api/v1/files/${file.id}`).set('Authorization', admin.auth).expect(204);
      await t.http.get(`/api/v1/files/${file.id}`).set('Authorization', alice.auth).expect(404);
    });

    it('requires a token on every route', async () => {
      await t.http.get('/api/v1/files').expect(401);
      await t.http.post('/api/v1/files').attach('file', FIXTURES.pdf, 'a.pdf').expect(401);
      await t.http.get('/api/v1/files/00000000-0000-4000-8000-000000000000/content').expect(401);
    });

    it('answers a malformed id with 400 and an unknown one with 404', async () => {
      expect(
        (await t.http.get('/api/v1/files/not-a-uuid').set('Authorization', alice.auth).expect(400))
          .body.code,
      ).toBe('INVALID_ID');
      await t.http
        .get('/api/v1/files/4b0e4a0e-8d1c-4c5e-9a53-2b6f6a0f0c11/content')
        .set('Authorization', alice.auth)
        .expect(404);
    });
  });

  describe('delete', () => {
    it('removes the row and the bytes', async () => {
      const file = (await upload(t, alice.auth, FIXTURES.png, 'gone.png', 'image/png').expect(201))
        .body;
      const row = await t.dataSource.getRepository(FileEntity).findOneByOrFail({ id: file.id });
      expect(await storedObjects(t)).toContain(row.storage_key);
      await t.http.delete(`/api/v1/files/${file.id}`).set('Authorization', alice.auth).expect(204);
      expect(await t.dataSource.getRepository(FileEntity).countBy({ id: file.id })).toBe(0);
      expect(await storedObjects(t)).not.toContain(row.storage_key);
      await t.http
        .get(`/api/v1/files/${file.id}/content`)
        .set('Authorization', alice.auth)
        .expect(404);
    });

    it('lets exactly one of 10 parallel deletes of one file succeed', async () => {
      const file = (
        await upload(t, alice.auth, FIXTURES.pdf, 'race.pdf', 'application/pdf').expect(201)
      ).body;
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.http.delete(`/api/v1/files/${file.id}`).set('Authorization', alice.auth),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([204, ...Array(9).fill(404)]);
    });

    it('deleting a user deletes their files, rows and bytes', async () => {
      const carol = await register(t);
      const uploaded = [];
      for (const [data, name] of [
        [FIXTURES.pdf, 'a.pdf'],
        [FIXTURES.png, 'b.png'],
      ] as const) {
        uploaded.push((await upload(t, carol.auth, data, name).expect(201)).body);
      }
      const keys = (
        await t.dataSource.getRepository(FileEntity).findBy({ owner_id: carol.user.id })
      ).map((f) => f.storage_key);
      expect(keys).toHaveLength(2);
      await t.http
        .delete(`/api/v1/users/${carol.user.id}`)
        .set('Authorization', admin.auth)
        .expect(204);
      expect(
        await t.dataSource.getRepository(FileEntity).countBy({ owner_id: carol.user.id }),
      ).toBe(0);
      const remaining = await storedObjects(t);
      for (const key of keys) expect(remaining).not.toContain(key);
      await t.http
        .get(`/api/v1/files/${uploaded[0].id}`)
        .set('Authorization', admin.auth)
        .expect(404);
    });
  });

  describe('list and export', () => {
    let dave: SignedIn;
    const made: Array<{
      id: string;
      filename: string;
      size: number;
      uploaded_at: string;
      content_type: string;
    }> = [];

    beforeAll(async () => {
      dave = await register(t);
      const items: Array<[Buffer, string, string]> = [
        [FIXTURES.pdf, 'alpha.pdf', 'application/pdf'],
        [FIXTURES.png, 'beta.png', 'image/png'],
        [Buffer.concat([FIXTURES.pdf, Buffer.alloc(500, 0x20)]), 'gamma.pdf', 'application/pdf'],
        [FIXTURES.csv, '=1+1 formula.csv', 'text/csv'],
      ];
      for (const [data, name, type] of items) {
        made.push((await upload(t, dave.auth, data, name, type).expect(201)).body);
        await new Promise((r) => setTimeout(r, 5));
      }
    });

    it('lists the caller’s files with filters, sorting and a true total', async () => {
      const all = await t.http
        .get('/api/v1/files?limit=2&sort=filename&order=asc')
        .set('Authorization', dave.auth)
        .expect(200);
      expect(all.body.total).toBe(4);
      expect(all.body.items.map((f: { filename: string }) => f.filename)).toEqual([
        '=1+1 formula.csv',
        'alpha.pdf',
      ]);
      const pdfs = await t.http
        .get('/api/v1/files?content_type=application/pdf&sort=size&order=desc')
        .set('Authorization', dave.auth)
        .expect(200);
      expect(pdfs.body.items.map((f: { filename: string }) => f.filename)).toEqual([
        'gamma.pdf',
        'alpha.pdf',
      ]);
      const q = await t.http
        .get('/api/v1/files?q=ALPH')
        .set('Authorization', dave.auth)
        .expect(200);
      expect(q.body.items.map((f: { id: string }) => f.id)).toEqual([made[0].id]);
      const after = await t.http
        .get(`/api/v1/files?uploaded_after=${encodeURIComponent(made[2].uploaded_at)}&order=asc`)
        .set('Authorization', dave.auth)
        .expect(200);
      expect(after.body.items.map((f: { id: string }) => f.id)).toEqual([made[2].id, made[3].id]);
    });

    it('lets an admin list everyone’s files and filter by owner', async () => {
      const res = await t.http
        .get(`/api/v1/files?owner_id=${dave.user.id}`)
        .set('Authorization', admin.auth)
        .expect(200);
      expect(res.body.total).toBe(4);
      const everyone = await t.http
        .get('/api/v1/files?limit=100')
        .set('Authorization', admin.auth)
        .expect(200);
      expect(everyone.body.total).toBeGreaterThan(4);
    });

    it.each([
      ['sort=storage_key'],
      ['limit=0'],
      ['owner_id=nope'],
      ['uploaded_before=soon'],
      ['content_type=pdf'],
      ['extra=1'],
    ])('refuses ?%s with 422', async (query) => {
      const res = await t.http
        .get(`/api/v1/files?${query}`)
        .set('Authorization', dave.auth)
        .expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('exports the listed files as CSV, with formula-looking cells neutralised', async () => {
      const res = await t.http
        .get('/api/v1/files/export?sort=filename&order=asc')
        .set('Authorization', dave.auth)
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="files.csv"');
      const lines = res.text.trim().split('\n');
      expect(lines[0]).toBe('id,owner_id,filename,content_type,size,sha256,uploaded_at');
      expect(lines).toHaveLength(5);
      expect(lines[1]).toContain(`,'=1+1 formula.csv,text/csv,`);
      expect(lines[2]).toMatch(
        new RegExp(
          `^${made[0].id},${dave.user.id},alpha.pdf,application/pdf,${made[0].size},[0-9a-f]{64},\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$`,
        ),
      );
    });
  });
});
