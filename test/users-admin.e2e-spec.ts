import { TokenEntity } from '../src/tokens/token.entity';
import { UserEntity } from '../src/users/user.entity';
import { login, newUserInput, register, signInAdmin, type SignedIn } from './support/factories';
import { type TestApp, useTestApp } from './support/test-app';

describe('users admin API', () => {
  const t = useTestApp();
  let admin: SignedIn;

  beforeAll(async () => {
    admin = await signInAdmin(t);
  });

  const asAdmin = (request: ReturnType<TestApp['http']['get']>) =>
    request.set('Authorization', admin.auth);

  describe('access', () => {
    it('answers 401 without a token and 403 ADMIN_REQUIRED for a non-admin on every route', async () => {
      const user = await register(t);
      const id = user.user.id;
      const routes: Array<[string, string]> = [
        ['post', '/api/v1/users'],
        ['get', '/api/v1/users'],
        ['get', '/api/v1/users/export'],
        ['get', `/api/v1/users/${id}`],
        ['patch', `/api/v1/users/${id}`],
        ['delete', `/api/v1/users/${id}`],
      ];
      for (const [method, path] of routes) {
        const anonymous = await (
          t.http as unknown as Record<string, (p: string) => ReturnType<TestApp['http']['get']>>
        )[method](path);
        expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
        const forbidden = await (
          t.http as unknown as Record<string, (p: string) => ReturnType<TestApp['http']['get']>>
        )
          [method](path)
          .set('Authorization', user.auth)
          .send({});
        expect({ path, status: forbidden.status, code: forbidden.body.code }).toEqual({
          path,
          status: 403,
          code: 'ADMIN_REQUIRED',
        });
      }
    });
  });

  describe('create, get, update, delete', () => {
    it('creates users with the registration rules, including admins and inactive users', async () => {
      const input = newUserInput();
      const res = await asAdmin(t.http.post('/api/v1/users'))
        .send({ ...input, is_admin: true, is_active: false })
        .expect(201);
      expect(res.body).toMatchObject({
        username: input.username,
        email: input.email,
        is_admin: true,
        is_active: false,
      });
      expect(res.body).not.toHaveProperty('hashed_password');
      const weak = await asAdmin(t.http.post('/api/v1/users'))
        .send({ ...newUserInput(), password: 'password1' })
        .expect(422);
      expect(weak.body.errors[0].field).toBe('password');
      const dup = await asAdmin(t.http.post('/api/v1/users'))
        .send({ ...newUserInput(), email: input.email.toUpperCase() })
        .expect(409);
      expect(dup.body.code).toBe('EMAIL_TAKEN');
    });

    it('gets a user by id; 404 for an unknown id, 400 for a malformed one', async () => {
      const user = await register(t);
      const res = await asAdmin(t.http.get(`/api/v1/users/${user.user.id}`)).expect(200);
      expect(res.body).toEqual(user.user);
      const missing = await asAdmin(
        t.http.get('/api/v1/users/4b0e4a0e-8d1c-4c5e-9a53-2b6f6a0f0c11'),
      ).expect(404);
      expect(missing.body.code).toBe('USER_NOT_FOUND');
      const malformed = await asAdmin(t.http.get('/api/v1/users/not-a-uuid')).expect(400);
      expect(malformed.body.code).toBe('INVALID_ID');
    });

    it('updates fields; unknown fields are 422 and change nothing', async () => {
      const user = await register(t);
      const fresh = newUserInput();
      const res = await asAdmin(t.http.patch(`/api/v1/users/${user.user.id}`))
        .send({ username: fresh.username, email: fresh.email, is_admin: true })
        .expect(200);
      expect(res.body).toMatchObject({
        id: user.user.id,
        username: fresh.username,
        email: fresh.email,
        is_admin: true,
      });
      await asAdmin(t.http.patch(`/api/v1/users/${user.user.id}`))
        .send({ hashed_password: 'x' })
        .expect(422);
      await asAdmin(t.http.patch(`/api/v1/users/${user.user.id}`))
        .send({ is_active: 'no' })
        .expect(422);
      const after = await asAdmin(t.http.get(`/api/v1/users/${user.user.id}`)).expect(200);
      expect(after.body).toMatchObject({ username: fresh.username, is_active: true });
    });

    it('setting a password ends the user’s sessions and the new one works', async () => {
      const user = await register(t);
      await asAdmin(t.http.patch(`/api/v1/users/${user.user.id}`))
        .send({ password: 'set by the administrator' })
        .expect(200);
      await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(401);
      await login(t, user.user.username, 'set by the administrator');
    });

    it('deactivation, demotion and deletion take effect on the very next request', async () => {
      const user = await register(t);
      await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(200);
      await asAdmin(t.http.patch(`/api/v1/users/${user.user.id}`))
        .send({ is_active: false })
        .expect(200);
      const disabled = await t.http.get('/api/v1/auth/me').set('Authorization', user.auth);
      expect(disabled.status).toBe(401);
      await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: user.refresh_token })
        .expect(401);

      const promoted = await register(t);
      await asAdmin(t.http.patch(`/api/v1/users/${promoted.user.id}`))
        .send({ is_admin: true })
        .expect(200);
      await t.http.get('/api/v1/users').set('Authorization', promoted.auth).expect(200);
      await asAdmin(t.http.patch(`/api/v1/users/${promoted.user.id}`))
        .send({ is_admin: false })
        .expect(200);
      const demoted = await t.http
        .get('/api/v1/users')
        .set('Authorization', promoted.auth)
        .expect(403);
      expect(demoted.body.code).toBe('ADMIN_REQUIRED');

      const doomed = await register(t);
      await asAdmin(t.http.delete(`/api/v1/users/${doomed.user.id}`)).expect(204);
      const gone = await t.http
        .get('/api/v1/auth/me')
        .set('Authorization', doomed.auth)
        .expect(401);
      expect(gone.body.code).toBe('TOKEN_REVOKED');
      expect(
        await t.dataSource.getRepository(TokenEntity).countBy({ user_id: doomed.user.id }),
      ).toBe(0);
      await asAdmin(t.http.delete(`/api/v1/users/${doomed.user.id}`)).expect(404);
    });

    it('refuses a deactivated user’s still-valid access token with 403 ACCOUNT_DISABLED when the session is live', async () => {
      // Deactivation through the service alone (no session revocation) must still lock the user out.
      const user = await register(t);
      await t.dataSource
        .getRepository(UserEntity)
        .update({ id: user.user.id }, { is_active: false });
      const res = await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(403);
      expect(res.body.code).toBe('ACCOUNT_DISABLED');
    });
  });

  describe('list and export', () => {
    let tag: string;
    let made: Array<{ id: string; username: string; email: string; created_at: string }>;

    beforeAll(async () => {
      tag = `lst${Date.now().toString(36)}`;
      made = [];
      for (let i = 0; i < 5; i += 1) {
        const input = newUserInput({
          username: `${tag}_${i}`,
          email: `${tag}_${i}@list.example.org`,
        });
        const res = await asAdmin(t.http.post('/api/v1/users'))
          .send({ ...input, is_active: i !== 4 })
          .expect(201);
        made.push(res.body);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });

    it('filters by q, is_active and date, with a true total and stable pages', async () => {
      const all = await asAdmin(
        t.http.get(`/api/v1/users?q=${tag.toUpperCase()}&sort=username&order=asc&limit=2`),
      ).expect(200);
      expect(all.body.total).toBe(5);
      expect(all.body).toMatchObject({ offset: 0, limit: 2 });
      expect(all.body.items.map((u: { username: string }) => u.username)).toEqual([
        `${tag}_0`,
        `${tag}_1`,
      ]);
      const page3 = await asAdmin(
        t.http.get(`/api/v1/users?q=${tag}&sort=username&order=asc&limit=2&offset=4`),
      ).expect(200);
      expect(page3.body.items.map((u: { username: string }) => u.username)).toEqual([`${tag}_4`]);

      const inactive = await asAdmin(t.http.get(`/api/v1/users?q=${tag}&is_active=false`)).expect(
        200,
      );
      expect(inactive.body.items.map((u: { id: string }) => u.id)).toEqual([made[4].id]);

      const after = await asAdmin(
        t.http.get(
          `/api/v1/users?q=${tag}&created_after=${encodeURIComponent(made[3].created_at)}&order=asc`,
        ),
      ).expect(200);
      expect(after.body.items.map((u: { id: string }) => u.id)).toEqual([made[3].id, made[4].id]);
    });

    it('treats LIKE wildcards in q literally', async () => {
      const res = await asAdmin(t.http.get(`/api/v1/users?q=${encodeURIComponent('%')}`)).expect(
        200,
      );
      expect(res.body.total).toBe(0);
    });

    it.each([
      ['limit=0'],
      ['limit=101'],
      ['offset=-1'],
      ['sort=hashed_password'],
      ['order=sideways'],
      ['is_active=maybe'],
      ['created_after=yesterday'],
      ['created_after=12345'],
      ['unknown_filter=1'],
    ])('refuses ?%s with 422', async (query) => {
      const res = await asAdmin(t.http.get(`/api/v1/users?${query}`)).expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('exports every match as CSV with the documented header', async () => {
      const res = await asAdmin(
        t.http.get(`/api/v1/users/export?q=${tag}&sort=username&order=asc`),
      ).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="users.csv"');
      const lines = res.text.trim().split('\n');
      expect(lines[0]).toBe('id,username,email,is_active,is_admin,created_at');
      expect(lines).toHaveLength(6);
      expect(lines[1]).toMatch(
        new RegExp(`^${made[0].id},${tag}_0,${tag}_0@list.example.org,true,false,\\d{4}-`),
      );
      expect(lines[5]).toContain(',false,false,');
    });

    it('streams an export larger than one batch without losing or repeating rows', async () => {
      const big = `big${Date.now().toString(36)}`;
      const rows = Array.from({ length: 1203 }, (_, i) => {
        const now = new Date(Date.UTC(2026, 0, 1) + i * 1000);
        return {
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          username: `${big}_${i}`,
          username_normalized: `${big}_${i}`,
          email: `${big}_${i}@bulk.example.org`,
          hashed_password: 'not-a-real-hash',
          is_active: true,
          is_admin: false,
          created_at: now,
          updated_at: now,
        };
      });
      for (let i = 0; i < rows.length; i += 200)
        await t.dataSource.getRepository(UserEntity).insert(rows.slice(i, i + 200));
      for (const order of ['asc', 'desc']) {
        const res = await asAdmin(
          t.http.get(`/api/v1/users/export?q=${big}&order=${order}`),
        ).expect(200);
        const ids = res.text
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[0]);
        expect(ids).toHaveLength(1203);
        expect(new Set(ids).size).toBe(1203);
        const expected = rows.map((r) => r.id);
        expect(ids).toEqual(order === 'asc' ? expected : [...expected].reverse());
      }
    });
  });
});
