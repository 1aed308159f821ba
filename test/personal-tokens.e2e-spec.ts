import { TokenEntity } from '../src/tokens/token.entity';
import { hashTokenValue } from '../src/tokens/token-values';
import {
  createPersonalToken,
  GOOD_PASSWORD,
  jwtClaims,
  register,
  setUserActive,
  signInAdmin,
} from './support/factories';
import { type TestApp, useTestApp } from './support/test-app';

const DAY_MS = 86_400_000;
const LISTED_FIELDS = ['created_at', 'expires_at', 'id', 'last_used_at', 'name', 'scopes'];

describe('personal access tokens', () => {
  const t = useTestApp({ PAT_MAX_EXPIRY_DAYS: '90' });

  const tokenRow = (id: string) => t.dataSource.getRepository(TokenEntity).findOneByOrFail({ id });
  const me = (header: string, value: string) => t.http.get('/api/v1/auth/me').set(header, value);

  describe('create', () => {
    it('answers the value once, with the rvp_ prefix, and stores only its hash', async () => {
      const owner = await register(t);
      const res = await t.http
        .post('/api/v1/tokens')
        .set('Authorization', owner.auth)
        .send({ name: '  CI upload script ' })
        .expect(201);
      expect(Object.keys(res.body).sort()).toEqual([
        'created_at',
        'expires_at',
        'id',
        'name',
        'scopes',
        'token',
      ]);
      expect(res.body).toMatchObject({ name: 'CI upload script', expires_at: null, scopes: null });
      expect(res.body.token).toMatch(/^rvp_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(res.body.token.slice(4), 'base64url')).toHaveLength(32);

      const row = await tokenRow(res.body.id);
      expect(row).toMatchObject({
        user_id: owner.user.id,
        type: 'access',
        name: 'CI upload script',
        token: hashTokenValue(res.body.token),
        expires_at: null,
        revoked_at: null,
        session_id: null,
      });
    });

    it('expires after expires_in_days', async () => {
      const owner = await register(t);
      const pat = await createPersonalToken(t, owner, { expires_in_days: 30 });
      expect(
        new Date(pat.expires_at as string).getTime() - new Date(pat.created_at).getTime(),
      ).toBe(30 * DAY_MS);
    });

    it.each([
      ['no name', {}, 'name'],
      ['an empty name', { name: '   ' }, 'name'],
      ['a numeric name', { name: 42 }, 'name'],
      ['a 101-character name', { name: 'n'.repeat(101) }, 'name'],
      ['a control character in the name', { name: 'ci\u0000bot' }, 'name'],
      ['zero days', { name: 'x', expires_in_days: 0 }, 'expires_in_days'],
      ['a fraction of a day', { name: 'x', expires_in_days: 1.5 }, 'expires_in_days'],
      ['days as a string', { name: 'x', expires_in_days: '30' }, 'expires_in_days'],
      ['more days than PAT_MAX_EXPIRY_DAYS', { name: 'x', expires_in_days: 91 }, 'expires_in_days'],
      ['an unknown field', { name: 'x', owner_id: 'someone' }, 'owner_id'],
      ['an unknown scope', { name: 'x', scopes: ['admin'] }, 'scopes'],
      ['no scopes at all', { name: 'x', scopes: [] }, 'scopes'],
      ['a repeated scope', { name: 'x', scopes: ['files:read', 'files:read'] }, 'scopes'],
      ['null scopes', { name: 'x', scopes: null }, 'scopes'],
      ['scopes as a string', { name: 'x', scopes: 'files:read' }, 'scopes'],
      ['an admin scope for a non-admin', { name: 'x', scopes: ['users:read'] }, 'scopes'],
      ['the scim scope for a non-admin', { name: 'x', scopes: ['files:read', 'scim'] }, 'scopes'],
      ['a token value of your choosing', { name: 'x', token: 'rvp_mine' }, 'token'],
    ])('refuses %s with 422 on that field and creates nothing', async (_label, body, field) => {
      const owner = await register(t);
      const res = await t.http
        .post('/api/v1/tokens')
        .set('Authorization', owner.auth)
        .send(body)
        .expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(
        await t.dataSource
          .getRepository(TokenEntity)
          .countBy({ user_id: owner.user.id, type: 'access' }),
      ).toBe(0);
    });
  });

  describe('authentication', () => {
    it('authenticates as its owner via Authorization: Bearer or X-API-Key', async () => {
      const owner = await register(t);
      const pat = await createPersonalToken(t, owner);
      for (const [header, value] of [
        ['Authorization', `Bearer ${pat.token}`],
        ['Authorization', `bearer ${pat.token}`],
        ['X-API-Key', pat.token],
      ]) {
        const res = await me(header, value).expect(200);
        expect(res.body.id).toBe(owner.user.id);
      }
    });

    it('records last use, at most about once a minute', async () => {
      const owner = await register(t);
      const pat = await createPersonalToken(t, owner);
      expect((await tokenRow(pat.id)).last_used_at).toBeNull();
      await me('X-API-Key', pat.token).expect(200);
      // Recorded off the request's path: wait for the write.
      let firstUse: Date | null = null;
      for (let i = 0; i < 100 && !firstUse; i += 1) {
        firstUse = (await tokenRow(pat.id)).last_used_at;
        if (!firstUse) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(firstUse).toBeInstanceOf(Date);
      await me('X-API-Key', pat.token).expect(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await tokenRow(pat.id)).last_used_at).toEqual(firstUse);

      const listed = await t.http
        .get('/api/v1/tokens')
        .set('Authorization', owner.auth)
        .expect(200);
      expect(listed.body.items[0].last_used_at).toBe(firstUse!.toISOString());
    });

    it('stops working when revoked, expired, or its owner is deactivated or deleted', async () => {
      const admin = await signInAdmin(t);
      const owner = await register(t);
      const [revoked, expired, kept] = [
        await createPersonalToken(t, owner, { name: 'revoked' }),
        await createPersonalToken(t, owner, { name: 'expired', expires_in_days: 1 }),
        await createPersonalToken(t, owner, { name: 'kept' }),
      ];
      await t.http
        .delete(`/api/v1/tokens/${revoked.id}`)
        .set('Authorization', owner.auth)
        .expect(204);
      expect((await me('X-API-Key', revoked.token).expect(401)).body.code).toBe('TOKEN_REVOKED');

      // Move the clock past its expiry.
      await t.dataSource
        .getRepository(TokenEntity)
        .update({ id: expired.id }, { expires_at: new Date(Date.now() - 1000) });
      expect((await me('X-API-Key', expired.token).expect(401)).body.code).toBe('TOKEN_EXPIRED');

      await me('X-API-Key', kept.token).expect(200);
      await setUserActive(t, admin, owner.user.id, false);
      expect((await me('X-API-Key', kept.token).expect(403)).body.code).toBe('ACCOUNT_DISABLED');
      expect((await me('Authorization', `Bearer ${kept.token}`).expect(403)).body.code).toBe(
        'ACCOUNT_DISABLED',
      );
      await setUserActive(t, admin, owner.user.id, true);
      await me('X-API-Key', kept.token).expect(200);

      await t.http
        .delete(`/api/v1/users/${owner.user.id}`)
        .set('Authorization', admin.auth)
        .expect(204);
      expect((await me('X-API-Key', kept.token).expect(401)).body.code).toBe('TOKEN_INVALID');
    });

    it('refuses malformed, unknown and wrong-type credentials with 401', async () => {
      const owner = await register(t);
      const pat = await createPersonalToken(t, owner);
      const cases: Array<[string, string, string, string]> = [
        ['unknown rvp_ token', 'X-API-Key', `rvp_${'A'.repeat(43)}`, 'TOKEN_INVALID'],
        ['truncated rvp_ token', 'X-API-Key', pat.token.slice(0, -1), 'TOKEN_INVALID'],
        ['bare prefix as bearer', 'Authorization', 'Bearer rvp_', 'TOKEN_INVALID'],
        ['empty X-API-Key', 'X-API-Key', '', 'TOKEN_INVALID'],
        ['SQL in X-API-Key', 'X-API-Key', "rvp_' OR 1=1 --", 'TOKEN_INVALID'],
        ['refresh token as X-API-Key', 'X-API-Key', owner.refresh_token, 'TOKEN_INVALID'],
        ['access JWT as X-API-Key', 'X-API-Key', owner.access_token, 'TOKEN_INVALID'],
        [
          'refresh token as bearer',
          'Authorization',
          `Bearer ${owner.refresh_token}`,
          'TOKEN_INVALID',
        ],
        [
          'the PAT without its prefix',
          'Authorization',
          `Bearer ${pat.token.slice(4)}`,
          'TOKEN_INVALID',
        ],
      ];
      for (const [label, header, value, code] of cases) {
        const res = await me(header, value);
        expect({ label, status: res.status, code: res.body.code }).toEqual({
          label,
          status: 401,
          code,
        });
        expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      }
      const both = await t.http
        .get('/api/v1/auth/me')
        .set('Authorization', owner.auth)
        .set('X-API-Key', pat.token)
        .expect(401);
      expect(both.body.code).toBe('TOKEN_INVALID');
      expect(JSON.stringify(both.body)).not.toContain(pat.token);
    });

    it('is never accepted as a refresh token', async () => {
      const owner = await register(t);
      const pat = await createPersonalToken(t, owner);
      const res = await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: pat.token })
        .expect(401);
      expect(res.body.code).toBe('TOKEN_INVALID');
      await me('X-API-Key', pat.token).expect(200);
    });

    it('cannot create tokens, change the password or email, or manage sessions', async () => {
      const owner = await register(t);
      const pat = await createPersonalToken(t, owner);
      const asPat = { 'X-API-Key': pat.token };
      const sid = jwtClaims(owner.access_token).sid as string;
      const refused: Array<[string, () => ReturnType<TestApp['http']['get']>]> = [
        ['POST /tokens', () => t.http.post('/api/v1/tokens').set(asPat).send({ name: 'another' })],
        [
          'POST /auth/change-password',
          () =>
            t.http
              .post('/api/v1/auth/change-password')
              .set(asPat)
              .send({ current_password: GOOD_PASSWORD, new_password: 'a brand new passphrase' }),
        ],
        [
          'PATCH /auth/me',
          () => t.http.patch('/api/v1/auth/me').set(asPat).send({ email: 'attacker@example.org' }),
        ],
        ['POST /auth/logout', () => t.http.post('/api/v1/auth/logout').set(asPat)],
        ['POST /auth/logout-all', () => t.http.post('/api/v1/auth/logout-all').set(asPat)],
        ['GET /auth/sessions', () => t.http.get('/api/v1/auth/sessions').set(asPat)],
        [
          'DELETE /auth/sessions/{id}',
          () => t.http.delete(`/api/v1/auth/sessions/${sid}`).set(asPat),
        ],
      ];
      for (const [route, send] of refused) {
        const res = await send();
        expect({ route, status: res.status, code: res.body.code }).toEqual({
          route,
          status: 403,
          code: 'SESSION_REQUIRED',
        });
      }
      // Nothing changed: one token, the old password, the old email, the session alive.
      expect(
        await t.dataSource
          .getRepository(TokenEntity)
          .countBy({ user_id: owner.user.id, type: 'access' }),
      ).toBe(1);
      const self = await t.http.get('/api/v1/auth/me').set('Authorization', owner.auth).expect(200);
      expect(self.body.email).toBe(owner.user.email);
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: owner.user.username, password: GOOD_PASSWORD })
        .expect(200);
    });

    it('carries its owner’s rights, admin included', async () => {
      const admin = await signInAdmin(t);
      const adminPat = await createPersonalToken(t, admin);
      await t.http.get('/api/v1/users').set('X-API-Key', adminPat.token).expect(200);
      const user = await register(t);
      const userPat = await createPersonalToken(t, user);
      const res = await t.http.get('/api/v1/users').set('X-API-Key', userPat.token).expect(403);
      expect(res.body.code).toBe('ADMIN_REQUIRED');
    });
  });

  describe('list and revoke', () => {
    it('lists the caller’s unrevoked tokens without their values', async () => {
      const owner = await register(t);
      const stranger = await register(t);
      const first = await createPersonalToken(t, owner, { name: 'first' });
      const second = await createPersonalToken(t, owner, { name: 'second', expires_in_days: 7 });
      const gone = await createPersonalToken(t, owner, { name: 'gone' });
      await createPersonalToken(t, stranger, { name: 'not yours' });
      await t.http.delete(`/api/v1/tokens/${gone.id}`).set('Authorization', owner.auth).expect(204);

      const res = await t.http.get('/api/v1/tokens').set('Authorization', owner.auth).expect(200);
      expect(res.body).toMatchObject({ total: 2, offset: 0, limit: 20 });
      for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(LISTED_FIELDS);
      // Newest first by default.
      expect(res.body.items.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
      expect(res.body.items[0]).toMatchObject({
        name: 'second',
        created_at: second.created_at,
        expires_at: second.expires_at,
        last_used_at: null,
      });
      const body = JSON.stringify(res.body);
      for (const value of [first.token, second.token, hashTokenValue(first.token)])
        expect(body).not.toContain(value);

      const byName = await t.http
        .get('/api/v1/tokens?sort=name&order=asc&limit=1')
        .set('Authorization', owner.auth)
        .expect(200);
      expect(byName.body).toMatchObject({ total: 2, limit: 1 });
      expect(byName.body.items.map((item: { name: string }) => item.name)).toEqual(['first']);
      await t.http.get('/api/v1/tokens?sort=token').set('Authorization', owner.auth).expect(422);

      // A personal access token may list its owner's tokens.
      const viaPat = await t.http.get('/api/v1/tokens').set('X-API-Key', first.token).expect(200);
      expect(viaPat.body.total).toBe(2);
    });

    it('revokes only the caller’s own tokens: others, unknown and revoked ids are 404', async () => {
      const owner = await register(t);
      const stranger = await register(t);
      const theirs = await createPersonalToken(t, stranger);
      const mine = await createPersonalToken(t, owner);

      const other = await t.http
        .delete(`/api/v1/tokens/${theirs.id}`)
        .set('Authorization', owner.auth)
        .expect(404);
      expect(other.body.code).toBe('TOKEN_NOT_FOUND');
      await me('X-API-Key', theirs.token).expect(200);

      const sessionRow = await t.dataSource
        .getRepository(TokenEntity)
        .findOneByOrFail({ user_id: owner.user.id, type: 'refresh' });
      for (const id of [
        '00000000-0000-4000-8000-000000000000',
        sessionRow.id,
        jwtClaims(owner.access_token).sid as string,
      ]) {
        const res = await t.http
          .delete(`/api/v1/tokens/${id}`)
          .set('Authorization', owner.auth)
          .expect(404);
        expect(res.body.code).toBe('TOKEN_NOT_FOUND');
      }
      await t.http.get('/api/v1/auth/me').set('Authorization', owner.auth).expect(200);

      const malformed = await t.http
        .delete('/api/v1/tokens/not-a-uuid')
        .set('Authorization', owner.auth)
        .expect(400);
      expect(malformed.body.code).toBe('INVALID_ID');

      // A token may revoke itself; then it is gone.
      await t.http.delete(`/api/v1/tokens/${mine.id}`).set('X-API-Key', mine.token).expect(204);
      expect((await me('X-API-Key', mine.token).expect(401)).body.code).toBe('TOKEN_REVOKED');
      const again = await t.http
        .delete(`/api/v1/tokens/${mine.id}`)
        .set('Authorization', owner.auth)
        .expect(404);
      expect(again.body.code).toBe('TOKEN_NOT_FOUND');
    });

    it('needs authentication: 401 without a token', async () => {
      await t.http.get('/api/v1/tokens').expect(401);
      await t.http.post('/api/v1/tokens').send({ name: 'x' }).expect(401);
      await t.http.delete('/api/v1/tokens/00000000-0000-4000-8000-000000000000').expect(401);
    });
  });
});
