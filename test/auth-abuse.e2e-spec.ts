import { TokenEntity } from '../src/tokens/token.entity';
import { UserEntity } from '../src/users/user.entity';
import { craftJwt, GOOD_PASSWORD, jwtClaims, newUserInput, register } from './support/factories';
import { useTestApp } from './support/test-app';

/** Bad input, forged tokens and races: each gets a clear 4xx and changes nothing. */
describe('auth: bad input, forged tokens and races', () => {
  const t = useTestApp();

  const countUsers = () => t.dataSource.getRepository(UserEntity).count();

  describe('registration input', () => {
    it.each([
      ['is_admin', { is_admin: true }],
      ['is_active', { is_active: false }],
      ['id', { id: '00000000-0000-4000-8000-000000000000' }],
    ])('refuses the unknown field %s with 422 and creates nothing', async (field, extra) => {
      const before = await countUsers();
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ ...newUserInput(), ...extra })
        .expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toContainEqual({ field, message: 'is not an accepted field' });
      expect(await countUsers()).toBe(before);
    });

    it.each([
      ['a missing password', { password: undefined }, 'password'],
      ['a numeric username', { username: 12345 }, 'username'],
      ['an array email', { email: ['a@example.org'] }, 'email'],
      ['an invalid email', { email: 'not-an-email' }, 'email'],
      ['a too-long username', { username: 'u'.repeat(33) }, 'username'],
      ['a too-short username', { username: 'ab' }, 'username'],
      ['spaces inside the username', { username: 'ada lovelace' }, 'username'],
      ['a too-long email', { email: `${'e'.repeat(250)}@example.org` }, 'email'],
      ['a too-long password', { password: 'p'.repeat(129) }, 'password'],
      ['a NUL byte in the password', { password: 'correct\u0000horse battery' }, 'password'],
      ['a NUL byte in the username', { username: 'ada\u0000x' }, 'username'],
      ['null for the email', { email: null }, 'email'],
    ])('refuses %s with 422 on that field', async (_label, override, field) => {
      const before = await countUsers();
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ ...newUserInput(), ...override })
        .expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await countUsers()).toBe(before);
    });

    it('refuses a JSON array as a body with 422', async () => {
      const res = await t.http
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send('[{"username":"x"}]')
        .expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'body', message: 'must be a JSON object' }]);
    });

    it.each([
      ['a JSON string', '"hello"'],
      ['JSON null', 'null'],
      ['a number', '42'],
    ])(
      'refuses %s as a body with 400 (the JSON parser only takes objects and arrays)',
      async (_label, body) => {
        const res = await t.http
          .post('/api/v1/auth/register')
          .set('Content-Type', 'application/json')
          .send(body)
          .expect(400);
        expect(res.body.code).toBe('MALFORMED_JSON');
      },
    );

    it('answers malformed JSON with 400 and creates nothing', async () => {
      const before = await countUsers();
      const res = await t.http
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send('{"username": "x",')
        .expect(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
      expect(await countUsers()).toBe(before);
    });

    it('treats SQL-looking input as ordinary text', async () => {
      const usersBefore = await countUsers();
      const login = await t.http
        .post('/api/v1/auth/login')
        .send({ username: "admin' OR '1'='1' --", password: "' OR 1=1 --" })
        .expect(401);
      expect(login.body.code).toBe('INVALID_CREDENTIALS');
      const registerRes = await t.http
        .post('/api/v1/auth/register')
        .send({ ...newUserInput(), username: "x'; DROP TABLE users; --" })
        .expect(422);
      expect(registerRes.body.code).toBe('VALIDATION_FAILED');
      const search = await t.http
        .post('/api/v1/auth/login')
        .send({ email: "a@b.c' OR 1=1 --", password: GOOD_PASSWORD })
        .expect(401);
      expect(search.body.code).toBe('INVALID_CREDENTIALS');
      // The table is still there and nothing was added to it.
      expect(await countUsers()).toBe(usersBefore);
    });
  });

  describe('duplicates', () => {
    it('refuses a username taken in another case or with spaces: 409 USERNAME_TAKEN', async () => {
      const first = await register(t);
      for (const username of [first.user.username.toUpperCase(), `  ${first.user.username}  `]) {
        const res = await t.http
          .post('/api/v1/auth/register')
          .send({ ...newUserInput(), username })
          .expect(409);
        expect(res.body.code).toBe('USERNAME_TAKEN');
      }
    });

    it('refuses an email taken in another case or with spaces: 409 EMAIL_TAKEN', async () => {
      const first = await register(t);
      for (const email of [first.user.email.toUpperCase(), ` ${first.user.email}\t`]) {
        const res = await t.http
          .post('/api/v1/auth/register')
          .send({ ...newUserInput(), email })
          .expect(409);
        expect(res.body.code).toBe('EMAIL_TAKEN');
      }
    });

    it('lets exactly one of 20 parallel registrations of one email through', async () => {
      const email = newUserInput().email;
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          t.http.post('/api/v1/auth/register').send({ ...newUserInput(), email }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      for (const r of responses.filter((x) => x.status === 409))
        expect(r.body.code).toBe('EMAIL_TAKEN');
      expect(await t.dataSource.getRepository(UserEntity).countBy({ email })).toBe(1);
    });
  });

  describe('forged and misused tokens', () => {
    // The guard remembers tokens it has verified (VerifiedTokenCache): a token
    // accepted once must still be refused once it expires, once its session
    // ends, and any other text must still be verified.
    it('refuses a token it accepted before once the token expires or its session ends', async () => {
      const session = await register(t);
      const claims = jwtClaims(session.access_token);
      const now = Math.floor(Date.now() / 1000);
      const shortLived = craftJwt({ ...claims, iat: now, exp: now + 2 });
      const me = (token: string) =>
        t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
      await me(shortLived).expect(200);
      await me(shortLived).expect(200);
      const [header, payload, signature] = shortLived.split('.');
      const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
      expect((await me(flipped).expect(401)).body.code).toBe('TOKEN_INVALID');
      expect((await me(`${shortLived}x`).expect(401)).body.code).toBe('TOKEN_INVALID');
      await new Promise((resolve) => setTimeout(resolve, (now + 2) * 1000 - Date.now() + 50));
      expect((await me(shortLived).expect(401)).body.code).toBe('TOKEN_EXPIRED');

      await me(session.access_token).expect(200);
      await t.http
        .post('/api/v1/auth/logout')
        .set('Authorization', `Bearer ${session.access_token}`)
        .expect(204);
      expect((await me(session.access_token).expect(401)).body.code).toBe('TOKEN_REVOKED');
    });

    it('refuses every kind of bad bearer token with 401', async () => {
      const session = await register(t);
      const claims = jwtClaims(session.access_token);
      const now = Math.floor(Date.now() / 1000);
      const [header, payload, signature] = session.access_token.split('.');
      const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
      const cases: Array<[string, string, string]> = [
        ['alg none', craftJwt(claims, { alg: 'none' }), 'TOKEN_INVALID'],
        [
          'wrong secret',
          craftJwt(claims, { secret: 'another-secret-another-secret-another-secret' }),
          'TOKEN_INVALID',
        ],
        ['HS512 with the right secret', craftJwt(claims, { alg: 'HS512' }), 'TOKEN_INVALID'],
        ['expired', craftJwt({ ...claims, iat: now - 3600, exp: now - 60 }), 'TOKEN_EXPIRED'],
        ['flipped signature', flipped, 'TOKEN_INVALID'],
        ['wrong typ', craftJwt({ ...claims, typ: 'refresh' }), 'TOKEN_INVALID'],
        ['no session', craftJwt({ ...claims, sid: undefined }), 'TOKEN_INVALID'],
        [
          'another user’s session',
          craftJwt({ ...claims, sub: '00000000-0000-4000-8000-000000000000' }),
          'TOKEN_REVOKED',
        ],
        ['garbage', 'not.a.jwt', 'TOKEN_INVALID'],
        ['the refresh token', session.refresh_token, 'TOKEN_INVALID'],
      ];
      for (const [label, token, code] of cases) {
        const res = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
        expect({ label, status: res.status, code: res.body.code }).toEqual({
          label,
          status: 401,
          code,
        });
        expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      }
    });

    it('refuses a validly signed access token without exp or iat: 401 TOKEN_INVALID', async () => {
      const session = await register(t);
      const claims = jwtClaims(session.access_token);
      // Sanity: a re-signed copy of the real claims is accepted, so only the missing claim decides.
      await t.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${craftJwt(claims)}`)
        .expect(200);
      const cases: Array<[string, Record<string, unknown>]> = [
        ['no exp', { ...claims, exp: undefined }],
        ['no iat', { ...claims, iat: undefined }],
        ['neither', { ...claims, exp: undefined, iat: undefined }],
        ['exp as a string', { ...claims, exp: String(claims.exp) }],
        ['iat as a string', { ...claims, iat: String(claims.iat) }],
      ];
      for (const [label, forged] of cases) {
        const res = await t.http
          .get('/api/v1/auth/me')
          .set('Authorization', `Bearer ${craftJwt(forged)}`);
        expect({ label, status: res.status, code: res.body.code }).toEqual({
          label,
          status: 401,
          code: 'TOKEN_INVALID',
        });
      }
    });

    it('refuses an access token presented as a refresh token', async () => {
      const session = await register(t);
      const res = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: session.access_token })
        .expect(401);
      expect(res.body.code).toBe('TOKEN_INVALID');
    });

    it('ignores a token in the query string', async () => {
      const session = await register(t);
      const res = await t.http
        .get(`/api/v1/auth/me?access_token=${session.access_token}`)
        .expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('answers no token and a non-bearer scheme with 401 UNAUTHENTICATED', async () => {
      expect((await t.http.get('/api/v1/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
      const basic = await t.http
        .get('/api/v1/auth/me')
        .set('Authorization', 'Basic dXNlcjpwYXNz')
        .expect(401);
      expect(basic.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('PATCH /auth/me input', () => {
    it.each([
      ['is_admin', { is_admin: true }],
      ['is_active', { is_active: false }],
      ['id', { id: '00000000-0000-4000-8000-000000000000' }],
    ])('refuses %s with 422 and changes nothing', async (_field, body) => {
      const session = await register(t);
      await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', session.auth)
        .send(body)
        .expect(422);
      const me = await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
      expect(me.body).toEqual(session.user);
    });
  });

  describe('races', () => {
    it('leaves at most one live successor after 10 parallel refreshes of one token', async () => {
      const session = await register(t);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.http.post('/api/v1/auth/refresh-token').send({ refresh_token: session.refresh_token }),
        ),
      );
      expect(responses.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
      for (const r of responses) expect([200, 401]).toContain(r.status);
      const live = await t.dataSource
        .getRepository(TokenEntity)
        .createQueryBuilder('t')
        .where('t.user_id = :id AND t.type = :type AND t.revoked_at IS NULL', {
          id: session.user.id,
          type: 'refresh',
        })
        .getCount();
      expect(live).toBeLessThanOrEqual(1);
      // Whatever was handed out, no two refresh tokens of this session work.
      const handedOut = responses
        .filter((r) => r.status === 200)
        .map((r) => r.body.refresh_token as string);
      let working = 0;
      for (const token of handedOut) {
        if (
          (await t.http.post('/api/v1/auth/refresh-token').send({ refresh_token: token }))
            .status === 200
        )
          working += 1;
      }
      expect(working).toBeLessThanOrEqual(1);
    });
  });
});
