import { TokenEntity } from '../src/tokens/token.entity';
import { UserEntity } from '../src/users/user.entity';
import { GOOD_PASSWORD, login, newUserInput, register, signInAdmin } from './support/factories';
import { startTestApp, useTestApp } from './support/test-app';

describe('auth: register, login, sessions, me, change-password', () => {
  const t = useTestApp();

  describe('register', () => {
    it('creates the account, normalises the email and signs in', async () => {
      const input = newUserInput();
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({
          username: `  ${input.username.toUpperCase()} `,
          email: `  ${input.email.toUpperCase()}  `,
          password: input.password,
        })
        .expect(201);
      expect(res.body).toMatchObject({
        token_type: 'bearer',
        expires_in: 900,
        user: {
          username: input.username.toUpperCase(),
          email: input.email,
          is_active: true,
          is_admin: false,
        },
      });
      expect(typeof res.body.access_token).toBe('string');
      expect(typeof res.body.refresh_token).toBe('string');
      expect(res.body.user).not.toHaveProperty('hashed_password');
      expect(res.body.user.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

      const stored = await t.dataSource
        .getRepository(UserEntity)
        .findOneByOrFail({ id: res.body.user.id });
      // argon2id at OWASP's parameters: 19 MiB, two passes, one lane.
      expect(stored.hashed_password).toMatch(
        /^\$argon2id\$v=19\$(?=[^$]*\bm=19456\b)(?=[^$]*\bt=2\b)(?=[^$]*\bp=1\b)[^$]+\$/,
      );
      expect(stored.hashed_password).not.toContain(input.password);
    });

    it('issues an access token with the documented claims', async () => {
      const session = await register(t);
      const claims = JSON.parse(
        Buffer.from(session.access_token.split('.')[1], 'base64url').toString(),
      );
      const header = JSON.parse(
        Buffer.from(session.access_token.split('.')[0], 'base64url').toString(),
      );
      expect(header.alg).toBe('HS256');
      expect(claims).toMatchObject({ sub: session.user.id, typ: 'access' });
      expect(claims.sid).toMatch(/^[0-9a-f-]{36}$/);
      expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
      expect(claims.exp - claims.iat).toBe(900);
    });

    it.each([
      ['a common password', 'password123', /too common/],
      ['the username as password', 'SAME', /same as the username/],
      ['a 7-character password', 'x7!Qz#p', /at least 8/],
    ])('refuses %s with 422 naming the field', async (_label, password, message) => {
      const input = newUserInput();
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ ...input, password: password === 'SAME' ? input.username : password })
        .expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([
        { field: 'password', message: expect.stringMatching(message) },
      ]);
      const count = await t.dataSource.getRepository(UserEntity).countBy({ email: input.email });
      expect(count).toBe(0);
    });

    it('accepts a long Unicode password and never truncates it', async () => {
      const password = `${'пароль-'.repeat(17)}✓`; // 120 characters, ~230 bytes
      const input = newUserInput({ password });
      await t.http.post('/api/v1/auth/register').send(input).expect(201);
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: input.username, password })
        .expect(200);
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: input.username, password: password.slice(0, 119) })
        .expect(401);
    });
  });

  describe('login', () => {
    it('accepts the username (any case), the email, or the email in the username field', async () => {
      const session = await register(t);
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: session.user.username.toUpperCase(), password: GOOD_PASSWORD })
        .expect(200);
      await t.http
        .post('/api/v1/auth/login')
        .send({ email: ` ${session.user.email.toUpperCase()} `, password: GOOD_PASSWORD })
        .expect(200);
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ username: session.user.email, password: GOOD_PASSWORD })
        .expect(200);
      expect(res.body.user.id).toBe(session.user.id);
    });

    it('accepts the OAuth2 password form that Swagger UI sends', async () => {
      const session = await register(t);
      const res = await t.http
        .post('/api/v1/auth/login')
        .type('form')
        .send({
          grant_type: 'password',
          username: session.user.email,
          password: GOOD_PASSWORD,
          scope: '',
          client_id: 'swagger',
        })
        .expect(200);
      expect(res.body.token_type).toBe('bearer');
      await t.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${res.body.access_token}`)
        .expect(200);
    });

    it('answers an unknown account and a wrong password identically', async () => {
      const session = await register(t);
      const wrong = await t.http
        .post('/api/v1/auth/login')
        .send({ username: session.user.username, password: 'not the password at all' })
        .expect(401);
      const unknown = await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'nobody_by_this_name', password: 'not the password at all' })
        .expect(401);
      for (const res of [wrong, unknown]) {
        expect(res.body).toMatchObject({
          code: 'INVALID_CREDENTIALS',
          detail: 'The username/email or password is incorrect.',
        });
      }
      expect(Object.keys(wrong.body).sort()).toEqual(Object.keys(unknown.body).sort());
    });

    it('tells a deactivated account so only after a correct password', async () => {
      const admin = await signInAdmin(t);
      const session = await register(t);
      await t.http
        .patch(`/api/v1/users/${session.user.id}`)
        .set('Authorization', admin.auth)
        .send({ is_active: false })
        .expect(200);
      const wrong = await t.http
        .post('/api/v1/auth/login')
        .send({ username: session.user.username, password: 'not the password at all' })
        .expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      const right = await t.http
        .post('/api/v1/auth/login')
        .send({ username: session.user.username, password: GOOD_PASSWORD })
        .expect(403);
      expect(right.body.code).toBe('ACCOUNT_DISABLED');
    });

    it('refuses username and email together', async () => {
      const session = await register(t);
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({
          username: session.user.username,
          email: session.user.email,
          password: GOOD_PASSWORD,
        })
        .expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('me', () => {
    it('returns the caller and updates username and email', async () => {
      const session = await register(t);
      const me = await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
      expect(me.body).toEqual(session.user);

      const fresh = newUserInput();
      const updated = await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', session.auth)
        .send({ username: fresh.username, email: fresh.email.toUpperCase() })
        .expect(200);
      expect(updated.body).toMatchObject({
        id: session.user.id,
        username: fresh.username,
        email: fresh.email,
      });
      expect(new Date(updated.body.updated_at).getTime()).toBeGreaterThanOrEqual(
        new Date(session.user.updated_at).getTime(),
      );
      await login(t, fresh.email);
    });

    it('refuses a username or email that belongs to someone else', async () => {
      const [a, b] = [await register(t), await register(t)];
      const taken = await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', b.auth)
        .send({ username: a.user.username.toUpperCase() })
        .expect(409);
      expect(taken.body.code).toBe('USERNAME_TAKEN');
      const emailTaken = await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', b.auth)
        .send({ email: ` ${a.user.email} ` })
        .expect(409);
      expect(emailTaken.body.code).toBe('EMAIL_TAKEN');
    });
  });

  describe('refresh-token', () => {
    it('rotates: new tokens work, the old refresh token is dead', async () => {
      const session = await register(t);
      const first = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: session.refresh_token })
        .expect(200);
      expect(first.body.refresh_token).not.toBe(session.refresh_token);
      expect(first.body.user.id).toBe(session.user.id);
      await t.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${first.body.access_token}`)
        .expect(200);
      // The access token of the same session keeps working after a refresh.
      await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
      const second = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: first.body.refresh_token })
        .expect(200);
      expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    });

    it('treats a rotated-away token as stolen: 401 TOKEN_REUSED and the whole session ends', async () => {
      const session = await register(t);
      const rotated = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: session.refresh_token })
        .expect(200);
      const reuse = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: session.refresh_token })
        .expect(401);
      expect(reuse.body.code).toBe('TOKEN_REUSED');
      // The legitimate holder's newest tokens are dead too.
      const stale = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: rotated.body.refresh_token })
        .expect(401);
      expect(stale.body.code).toBe('TOKEN_REVOKED');
      const me = await t.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${rotated.body.access_token}`)
        .expect(401);
      expect(me.body.code).toBe('TOKEN_REVOKED');
    });

    it('refuses an unknown or malformed refresh token', async () => {
      const unknown = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: 'A'.repeat(43) })
        .expect(401);
      expect(unknown.body.code).toBe('TOKEN_INVALID');
      const malformed = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: "' OR 1=1 --" })
        .expect(401);
      expect(malformed.body.code).toBe('TOKEN_INVALID');
    });
  });

  describe('logout', () => {
    it('ends the session at once: access token refused, refresh token dead, other sessions unaffected', async () => {
      const session = await register(t);
      const other = await login(t, session.user.username);
      await t.http.post('/api/v1/auth/logout').set('Authorization', session.auth).expect(204);
      const me = await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(401);
      expect(me.body.code).toBe('TOKEN_REVOKED');
      const refresh = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: session.refresh_token })
        .expect(401);
      expect(refresh.body.code).toBe('TOKEN_REVOKED');
      await t.http.get('/api/v1/auth/me').set('Authorization', other.auth).expect(200);
    });
  });

  describe('change-password', () => {
    it('needs the current password, keeps this session and ends the others', async () => {
      const session = await register(t);
      const other = await login(t, session.user.username);
      const wrong = await t.http
        .post('/api/v1/auth/change-password')
        .set('Authorization', session.auth)
        .send({ current_password: 'not it at all', new_password: 'a brand new passphrase' })
        .expect(422);
      expect(wrong.body.code).toBe('INVALID_CURRENT_PASSWORD');

      await t.http
        .post('/api/v1/auth/change-password')
        .set('Authorization', session.auth)
        .send({ current_password: GOOD_PASSWORD, new_password: 'a brand new passphrase' })
        .expect(204);
      await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
      await t.http.get('/api/v1/auth/me').set('Authorization', other.auth).expect(401);
      await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: other.refresh_token })
        .expect(401);
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: session.user.username, password: GOOD_PASSWORD })
        .expect(401);
      await login(t, session.user.username, 'a brand new passphrase');
    });

    it('applies the password policy to the new password', async () => {
      const session = await register(t);
      const res = await t.http
        .post('/api/v1/auth/change-password')
        .set('Authorization', session.auth)
        .send({ current_password: GOOD_PASSWORD, new_password: 'qwertyuiop' })
        .expect(422);
      expect(res.body.errors).toEqual([
        { field: 'new_password', message: expect.stringMatching(/too common/) },
      ]);
    });
  });

  it('marks every response that carries a token as not to be cached (RFC 6749 §5.1)', async () => {
    const input = newUserInput();
    const registered = await t.http.post('/api/v1/auth/register').send(input).expect(201);
    const loggedIn = await t.http
      .post('/api/v1/auth/login')
      .send({ email: input.email, password: input.password })
      .expect(200);
    const form = await t.http
      .post('/api/v1/auth/login')
      .type('form')
      .send({ username: input.username, password: input.password, grant_type: 'password' })
      .expect(200);
    const refreshed = await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: loggedIn.body.refresh_token })
      .expect(200);
    const personal = await t.http
      .post('/api/v1/tokens')
      .set('Authorization', `Bearer ${refreshed.body.access_token}`)
      .send({ name: 'script' })
      .expect(201);
    for (const [label, res] of Object.entries({
      registered,
      loggedIn,
      form,
      refreshed,
      personal,
    })) {
      expect({ label, cache: res.headers['cache-control'], pragma: res.headers.pragma }).toEqual({
        label,
        cache: 'no-store',
        pragma: 'no-cache',
      });
    }
  });

  it('stores refresh tokens only as SHA-256 hashes', async () => {
    const session = await register(t);
    const rows = await t.dataSource.getRepository(TokenEntity).findBy({ user_id: session.user.id });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.token).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token).not.toBe(session.refresh_token);
    }
    const dump = JSON.stringify(await t.dataSource.query('SELECT * FROM tokens'));
    expect(dump).not.toContain(session.refresh_token);
    expect(dump).not.toContain(session.access_token);
  });
});

describe('two app instances in one process', () => {
  it('keep their own authentication (no shared passport registry)', async () => {
    const first = await startTestApp();
    const second = await startTestApp();
    try {
      const a = await register(first);
      await second.close();
      // The first app still authenticates against its own sessions after the second is gone.
      await first.http.get('/api/v1/auth/me').set('Authorization', a.auth).expect(200);
    } finally {
      await first.close();
    }
  });
});
