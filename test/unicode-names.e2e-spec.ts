import { UserEntity } from '../src/users/user.entity';
import { FIXTURES } from './support/file-fixtures';
import {
  GOOD_PASSWORD,
  login,
  newUserInput,
  register,
  signInAdmin,
  type SignedIn,
} from './support/factories';
import { useTestApp } from './support/test-app';
import { multipartBody, postMultipart } from './support/uploads';

/** Characters that change how a name displays without being seen (UTS #39 / #55). */
const INVISIBLE: Array<[string, string]> = [
  ['RIGHT-TO-LEFT OVERRIDE', '\u202E'],
  ['LEFT-TO-RIGHT EMBEDDING', '\u202A'],
  ['FIRST STRONG ISOLATE', '\u2068'],
  ['POP DIRECTIONAL ISOLATE', '\u2069'],
  ['RIGHT-TO-LEFT MARK', '\u200F'],
  ['ARABIC LETTER MARK', '\u061C'],
  ['ZERO WIDTH SPACE', '\u200B'],
  ['ZERO WIDTH JOINER', '\u200D'],
  ['WORD JOINER', '\u2060'],
  ['BYTE ORDER MARK', '\uFEFF'],
  ['SOFT HYPHEN', '\u00AD'],
  ['TAG LATIN SMALL LETTER A', '\u{E0061}'],
];

/** Unicode spoofing in names, formula characters in CSV, and emails that collations confuse. */
describe('unicode: names, CSV cells and email domains', () => {
  const t = useTestApp();
  let admin: SignedIn;

  beforeAll(async () => {
    admin = await signInAdmin(t);
  });

  const uploadNamed = (who: SignedIn, filename: string, data: Buffer = FIXTURES.text) =>
    postMultipart(
      t,
      who.auth,
      multipartBody([{ name: 'file', filename, contentType: 'text/plain', data }]),
    );

  describe('filenames', () => {
    it.each(INVISIBLE)('refuses %s with 422 INVALID_FILENAME', async (_name, character) => {
      const res = await uploadNamed(admin, `report${character}fdp.txt`);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('INVALID_FILENAME');
      expect(res.body.errors).toEqual([
        {
          field: 'file',
          message: 'filename must not contain invisible or bidirectional control characters',
        },
      ]);
    });

    it('stores a decomposed name in NFC, and keeps emoji with variation selectors', async () => {
      const decomposed = await uploadNamed(admin, 'Re\u0301sume\u0301.txt').expect(201);
      expect(decomposed.body.filename).toBe('Résumé.txt');
      const emoji = await uploadNamed(admin, 'notes \u2764\uFE0F.txt').expect(201);
      expect(emoji.body.filename).toBe('notes \u2764\uFE0F.txt');
    });
  });

  describe('usernames: every way one is set', () => {
    const spoofed = (character: string) => `ada${character}nimda`;
    const expectRefused = (res: { status: number; body: Record<string, unknown> }) => {
      expect(res.status).toBe(422);
      expect(res.body.errors).toContainEqual({
        field: 'username',
        message: 'username must not contain invisible or bidirectional control characters',
      });
    };

    it.each(INVISIBLE)('refuses %s at registration', async (_name, character) => {
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ ...newUserInput(), username: spoofed(character) });
      expectRefused(res);
    });

    it('refuses one in PATCH /auth/me, POST /users and PATCH /users/{id}', async () => {
      const session = await register(t);
      expectRefused(
        await t.http
          .patch('/api/v1/auth/me')
          .set('Authorization', session.auth)
          .send({ username: spoofed('\u202E') }),
      );
      expectRefused(
        await t.http
          .post('/api/v1/users')
          .set('Authorization', admin.auth)
          .send({ ...newUserInput(), username: spoofed('\u200B') }),
      );
      expectRefused(
        await t.http
          .patch(`/api/v1/users/${session.user.id}`)
          .set('Authorization', admin.auth)
          .send({ username: spoofed('\u2066') }),
      );
      const stored = await t.dataSource
        .getRepository(UserEntity)
        .findOneByOrFail({ id: session.user.id });
      expect(stored.username).toBe(session.user.username);
    });
  });

  describe('emails whose domains a collation would merge', () => {
    it('keeps x@straße.example and x@strasse.example as two accounts, each signing in to its own', async () => {
      const local = `x${Date.now().toString(36)}`;
      const sharp = await t.http
        .post('/api/v1/auth/register')
        .send({
          username: `${local}_sharp`,
          email: `${local}@straße.example`,
          password: 'first passphrase here',
        })
        .expect(201);
      const plain = await t.http
        .post('/api/v1/auth/register')
        .send({
          username: `${local}_plain`,
          email: `${local}@strasse.example`,
          password: 'second passphrase here',
        })
        .expect(201);
      expect(sharp.body.user.email).toBe(`${local}@xn--strae-oqa.example`);
      expect(plain.body.user.email).toBe(`${local}@strasse.example`);
      expect(sharp.body.user.id).not.toBe(plain.body.user.id);

      // Each email, typed either way, finds its own account and no other.
      const bySharp = await login(t, `${local}@STRAßE.example`, 'first passphrase here');
      expect(bySharp.user.id).toBe(sharp.body.user.id);
      const byPunycode = await login(t, `${local}@xn--strae-oqa.example`, 'first passphrase here');
      expect(byPunycode.user.id).toBe(sharp.body.user.id);
      const byPlain = await login(t, `${local}@strasse.example`, 'second passphrase here');
      expect(byPlain.user.id).toBe(plain.body.user.id);
      await t.http
        .post('/api/v1/auth/login')
        .send({ email: `${local}@strasse.example`, password: 'first passphrase here' })
        .expect(401);
    });

    it('treats one domain spelt in another case or decomposed as the same: 409 EMAIL_TAKEN', async () => {
      const local = `y${Date.now().toString(36)}`;
      const first = await t.http
        .post('/api/v1/auth/register')
        .send({ ...newUserInput(), email: `${local}@bücher.example` })
        .expect(201);
      expect(first.body.user.email).toBe(`${local}@xn--bcher-kva.example`);
      for (const spelling of ['BÜCHER.example', 'bu\u0308cher.example', 'xn--bcher-kva.example']) {
        const res = await t.http
          .post('/api/v1/auth/register')
          .send({ ...newUserInput(), email: `${local}@${spelling}` });
        expect({ spelling, status: res.status, code: res.body.code }).toEqual({
          spelling,
          status: 409,
          code: 'EMAIL_TAKEN',
        });
        expect((await login(t, `${local}@${spelling}`, GOOD_PASSWORD)).user.id).toBe(
          first.body.user.id,
        );
      }
    });

    it('refuses a domain that has no ASCII form', async () => {
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ ...newUserInput(), email: 'x@exa\u202Emple.org' });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('email');
    });
  });

  describe('CSV export', () => {
    it.each([
      ['FULLWIDTH EQUALS SIGN', '\uFF1D'],
      ['FULLWIDTH PLUS SIGN', '\uFF0B'],
      ['FULLWIDTH HYPHEN-MINUS', '\uFF0D'],
      ['FULLWIDTH COMMERCIAL AT', '\uFF20'],
      ['SMALL EQUALS SIGN', '\uFE66'],
    ])('neutralises a filename starting with %s', async (_name, lead) => {
      const owner = await register(t);
      const filename = `${lead}HYPERLINK(1).txt`;
      await uploadNamed(owner, filename).expect(201);
      const res = await t.http
        .get('/api/v1/files/export')
        .set('Authorization', owner.auth)
        .expect(200);
      const [, row] = res.text.trim().split('\n');
      expect(row.split(',')[2]).toBe(`'${filename}`);
    });
  });
});
