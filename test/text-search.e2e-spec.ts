import { randomBytes, randomUUID } from 'node:crypto';
import { SEARCH_COUNT_CAP } from '../src/common/pagination/pagination.dto';
import { FileEntity } from '../src/files/file.entity';
import { insertRows } from './support/bulk-insert';
import { register, signInAdmin, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

/**
 * `q` through the full-text indexes (FTS5 trigram on SQLite, FULLTEXT on
 * MariaDB), kept in step with inserts, updates and deletes.
 */
describe('text search (q)', () => {
  const t = useTestApp();
  let admin: SignedIn;
  let owner: SignedIn;
  const names = [
    'Neural nets.pdf',
    'deep-neural survey.pdf',
    'nonneural baseline.pdf',
    'climate model.pdf',
    'Über Öl.txt',
    '50% off "quoted" (draft).txt',
  ];
  const ids = new Map<string, string>();

  async function filenames(query: string, who = owner): Promise<string[]> {
    const res = await t.http
      .get(`/api/v1/files?q=${encodeURIComponent(query)}&sort=filename&order=asc`)
      .set('Authorization', who.auth);
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return res.body.items.map((f: { filename: string }) => f.filename);
  }

  beforeAll(async () => {
    admin = await signInAdmin(t);
    owner = await register(t);
    const rows = names.map((filename) => {
      const row = new FileEntity();
      Object.assign(row, {
        id: randomUUID(),
        owner_id: owner.user.id,
        filename,
        content_type: 'application/pdf',
        size: 10,
        sha256: randomBytes(32).toString('hex'),
        storage_key: randomBytes(16).toString('hex'),
        uploaded_at: new Date(),
      });
      ids.set(filename, row.id);
      return row;
    });
    await insertRows(t.dataSource, FileEntity, rows);
  });

  it('finds names with a word starting with the text, ignoring case', async () => {
    const found = await filenames('NEURAL');
    expect(found).toEqual(expect.arrayContaining(['Neural nets.pdf', 'deep-neural survey.pdf']));
    expect(found).not.toContain('climate model.pdf');
    // SQLite's trigram index serves "contains" anywhere; InnoDB's FULLTEXT matches word starts.
    expect(found.includes('nonneural baseline.pdf')).toBe(testDatabaseKind() === 'sqlite');
    expect(await filenames('neural nets')).toEqual(['Neural nets.pdf']);
  });

  it('matches non-ASCII letters, short texts and search-syntax characters literally', async () => {
    expect(await filenames('über')).toEqual(['Über Öl.txt']);
    expect(await filenames('(D')).toEqual(['50% off "quoted" (draft).txt']);
    expect(await filenames('50%')).toEqual(['50% off "quoted" (draft).txt']);
    expect(await filenames('"quoted"')).toEqual(['50% off "quoted" (draft).txt']);
    for (const hostile of ['+-*', '"', '(draft', 'a*', '~@<>', 'NEAR(', 'OR'])
      await filenames(hostile);
    expect(await filenames('%')).toEqual(['50% off "quoted" (draft).txt']);
  });

  it('stays in step with deletes and only searches the caller’s files', async () => {
    const other = await register(t);
    expect(await filenames('climate', other)).toEqual([]);
    expect(await filenames('climate', admin)).toEqual(['climate model.pdf']);
    await t.http
      .delete(`/api/v1/files/${ids.get('climate model.pdf')}`)
      .set('Authorization', owner.auth);
    await t.dataSource.getRepository(FileEntity).delete({ id: ids.get('climate model.pdf') });
    expect(await filenames('climate')).toEqual([]);
  });

  it(`counts search matches up to ${SEARCH_COUNT_CAP}, and exactly with count=true`, async () => {
    const many = await register(t);
    const rows = Array.from({ length: SEARCH_COUNT_CAP + 2 }, (_, i) => {
      const row = new FileEntity();
      Object.assign(row, {
        id: randomUUID(),
        owner_id: many.user.id,
        filename: `frequent term ${i}.pdf`,
        content_type: 'application/pdf',
        size: 10,
        sha256: randomBytes(32).toString('hex'),
        storage_key: randomBytes(16).toString('hex'),
        uploaded_at: new Date(),
      });
      return row;
    });
    await insertRows(t.dataSource, FileEntity, rows);
    const capped = await t.http
      .get('/api/v1/files?q=frequent&limit=1')
      .set('Authorization', many.auth)
      .expect(200);
    expect(capped.body).toMatchObject({ total: SEARCH_COUNT_CAP, total_exact: false });
    const exact = await t.http
      .get('/api/v1/files?q=frequent&limit=1&count=true')
      .set('Authorization', many.auth)
      .expect(200);
    expect(exact.body).toMatchObject({ total: SEARCH_COUNT_CAP + 2, total_exact: true });
  });

  it('searches usernames and emails, following changes', async () => {
    const tag = `srch${randomBytes(3).toString('hex')}`;
    const made = await t.http
      .post('/api/v1/users')
      .set('Authorization', admin.auth)
      .send({
        username: `Maria_${tag}`,
        email: `garcia.${tag}@example.org`,
        password: 'correct horse battery staple',
      })
      .expect(201);
    const find = async (query: string) => {
      const res = await t.http
        .get(`/api/v1/users?q=${encodeURIComponent(query)}`)
        .set('Authorization', admin.auth)
        .expect(200);
      return res.body.items.map((u: { id: string }) => u.id);
    };
    expect(await find(`garcia.${tag}`)).toEqual([made.body.id]);
    expect(await find(`MARIA_${tag}`)).toEqual([made.body.id]);
    await t.http
      .patch(`/api/v1/users/${made.body.id}`)
      .set('Authorization', admin.auth)
      .send({ email: `lopez.${tag}@example.org` })
      .expect(200);
    expect(await find(`garcia.${tag}`)).toEqual([]);
    expect(await find(`lopez.${tag}`)).toEqual([made.body.id]);
    await t.http
      .delete(`/api/v1/users/${made.body.id}`)
      .set('Authorization', admin.auth)
      .expect(204);
    expect(await find(`lopez.${tag}`)).toEqual([]);
  });
});
