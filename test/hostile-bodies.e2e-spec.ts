import { TokenEntity } from '../src/tokens/token.entity';
import { UserEntity } from '../src/users/user.entity';
import { newUserInput, register, signInAdmin, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';

/**
 * Bodies a fuzzer or an attacker sends: `null` where a value is optional,
 * absurd nesting, prototype keys. Each is a clear 4xx problem naming what is
 * wrong, before authentication where the route is public, and nothing changes.
 */
describe('hostile bodies: null, deep nesting, prototype keys', () => {
  const t = useTestApp();
  let admin: SignedIn;

  beforeAll(async () => {
    admin = await signInAdmin(t);
  });

  const users = () => t.dataSource.getRepository(UserEntity);
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
    (body.errors ?? []).map((e) => e.field);

  function expectNullRefused(
    res: { status: number; body: Record<string, unknown> },
    field: string,
  ): void {
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field, message: `${field} must not be null` }]);
  }

  describe('null for a field that may be omitted → 422 naming it', () => {
    it.each([
      ['email', { email: null, password: 'x' }],
      ['username', { username: null, password: 'x' }],
      ['email', { username: 'someone', email: null, password: 'x' }],
      ['grant_type', { username: 'someone', password: 'x', grant_type: null }],
      ['scope', { username: 'someone', password: 'x', scope: null }],
    ])('POST /auth/login with %s: null', async (field, body) => {
      const res = await t.http.post('/api/v1/auth/login').send(body);
      expectNullRefused(res, field);
    });

    it.each([['username'], ['email']])('PATCH /auth/me with %s: null', async (field) => {
      const session = await register(t);
      const res = await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', session.auth)
        .send({ [field]: null });
      expectNullRefused(res, field);
      const me = await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
      expect(me.body).toEqual(session.user);
    });

    it.each([['username'], ['email'], ['password'], ['is_admin'], ['is_active']])(
      'PATCH /users/{id} with %s: null changes nothing',
      async (field) => {
        const target = await register(t);
        const before = await users().findOneByOrFail({ id: target.user.id });
        const res = await t.http
          .patch(`/api/v1/users/${target.user.id}`)
          .set('Authorization', admin.auth)
          .send({ [field]: null });
        expectNullRefused(res, field);
        expect(await users().findOneByOrFail({ id: target.user.id })).toEqual(before);
      },
    );

    it.each([['is_admin'], ['is_active']])(
      'POST /users with %s: null creates nothing',
      async (field) => {
        const before = await users().count();
        const res = await t.http
          .post('/api/v1/users')
          .set('Authorization', admin.auth)
          .send({ ...newUserInput(), [field]: null });
        expectNullRefused(res, field);
        expect(await users().count()).toBe(before);
      },
    );

    it('cannot use is_active: null or is_admin: null to get past the last-admin rule', async () => {
      // The caller is the only active admin here: each null must be refused
      // as a value, long before any rule about admins (or the database) sees it.
      const onlyAdmins = await users().findBy({ is_admin: true, is_active: true });
      expect(onlyAdmins.map((u) => u.id)).toEqual([admin.user.id]);
      for (const field of ['is_active', 'is_admin']) {
        const res = await t.http
          .patch(`/api/v1/users/${admin.user.id}`)
          .set('Authorization', admin.auth)
          .send({ [field]: null });
        expectNullRefused(res, field);
      }
      expect(await users().findOneByOrFail({ id: admin.user.id })).toMatchObject({
        is_admin: true,
        is_active: true,
      });
    });

    it('POST /tokens with expires_in_days: null → 422, and no token is made', async () => {
      const session = await register(t);
      const tokens = t.dataSource.getRepository(TokenEntity);
      const before = await tokens.countBy({ user_id: session.user.id, type: 'access' });
      const res = await t.http
        .post('/api/v1/tokens')
        .set('Authorization', session.auth)
        .send({ name: 'script', expires_in_days: null });
      expectNullRefused(res, 'expires_in_days');
      expect(await tokens.countBy({ user_id: session.user.id, type: 'access' })).toBe(before);
    });

    it('still treats an omitted field as omitted', async () => {
      const session = await register(t);
      const res = await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', session.auth)
        .send({})
        .expect(200);
      expect(res.body).toEqual(session.user);
    });
  });

  describe('deep nesting → 400 BODY_TOO_DEEP, before anything else', () => {
    const nested = (depth: number, leaf: unknown = 1): unknown => {
      let value: unknown = leaf;
      for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
      return value;
    };

    it('refuses 5,000 levels on a public route (it used to overflow the stack: 500)', async () => {
      const body = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
      const res = await t.http
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.body.code).toBe('BODY_TOO_DEEP');
    });

    it('refuses arrays nested deeply inside a field', async () => {
      const body = `{"username":${'['.repeat(3000)}${']'.repeat(3000)},"password":"x"}`;
      const res = await t.http
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BODY_TOO_DEEP');
    });

    it('refuses one level past the limit of 32, and answers 32 levels as ordinary bad input', async () => {
      const tooDeep = await t.http.post('/api/v1/auth/login').send({ username: nested(32) });
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.body.code).toBe('BODY_TOO_DEEP');
      const deepest = await t.http.post('/api/v1/auth/login').send({ username: nested(31) });
      expect(deepest.status).toBe(422);
      expect(fieldsOf(deepest.body)).toContain('username');
    });
  });

  describe('prototype keys → 422 naming the field', () => {
    it.each([
      ['__proto__', '{"__proto__":{"is_admin":true}}', '__proto__'],
      ['constructor', '{"constructor":{"prototype":{"is_admin":true}}}', 'constructor'],
      ['prototype', '{"prototype":1}', 'prototype'],
    ])('refuses %s at the top of a registration', async (_key, extra, field) => {
      const before = await users().count();
      const input = JSON.stringify(newUserInput());
      const body = `${input.slice(0, -1)},${extra.slice(1)}`;
      const res = await t.http
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toContainEqual({ field, message: 'is not an accepted field' });
      expect(await users().count()).toBe(before);
    });

    it('refuses a prototype key nested inside a field, naming its path', async () => {
      const res = await t.http
        .patch(`/api/v1/users/${admin.user.id}`)
        .set('Authorization', admin.auth)
        .set('Content-Type', 'application/json')
        .send('{"username":[{"a":{"__proto__":{"x":1}}}]}');
      expect(res.status).toBe(422);
      expect(res.body.errors).toContainEqual({
        field: 'username.0.a.__proto__',
        message: 'is not an accepted field',
      });
    });

    it('refuses constructor in the OAuth2 login form', async () => {
      // (The form parser, qs, itself discards `__proto__` keys; `constructor` reaches us.)
      const res = await t.http
        .post('/api/v1/auth/login')
        .type('form')
        .send('username=someone&password=x&constructor=y');
      expect(res.status).toBe(422);
      expect(res.body.errors).toContainEqual({
        field: 'constructor',
        message: 'is not an accepted field',
      });
    });

    it.each([['__proto__'], ['constructor'], ['prototype']])(
      'refuses %s as a query parameter (it used to be dropped silently)',
      async (key) => {
        const res = await t.http.get(`/api/v1/users?${key}=1`).set('Authorization', admin.auth);
        expect(res.status).toBe(422);
        expect(res.body.errors).toContainEqual({ field: key, message: 'is not an accepted field' });
      },
    );

    it('does not mind the words as values', async () => {
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ username: '__proto__', password: 'constructor' });
      expect(res.status).toBe(401);
    });
  });
});
