import { TokenEntity } from '../src/tokens/token.entity';
import {
  createPersonalToken,
  GOOD_PASSWORD,
  jwtClaims,
  register,
  type SignedIn,
  expectSessionEnded,
} from './support/factories';
import { useTestApp } from './support/test-app';

const SESSION_FIELDS = ['created_at', 'current', 'id', 'ip', 'last_used_at', 'user_agent'];

describe('sessions API: list, end one, end all', () => {
  const t = useTestApp();

  const sidOf = (signedIn: SignedIn) => jwtClaims(signedIn.access_token).sid as string;

  /** Signs in with a given user agent (a second device). */
  async function loginWithAgent(session: SignedIn, userAgent: string): Promise<SignedIn> {
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('User-Agent', userAgent)
      .send({ username: session.user.username, password: GOOD_PASSWORD })
      .expect(200);
    return { ...res.body, auth: `Bearer ${res.body.access_token}`, password: GOOD_PASSWORD };
  }

  const listSessions = (signedIn: SignedIn, query = '') =>
    t.http.get(`/api/v1/auth/sessions${query}`).set('Authorization', signedIn.auth);

  it('lists the caller’s live sessions, marking the current one', async () => {
    const laptop = await register(t);
    const phone = await loginWithAgent(laptop, 'rvp-phone/1.0');
    const stranger = await register(t);

    const res = await listSessions(phone).expect(200);
    expect(res.body).toMatchObject({ total: 2, offset: 0, limit: 20 });
    expect(res.body.items).toHaveLength(2);
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(SESSION_FIELDS);
    const byId = new Map(res.body.items.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(sidOf(phone))).toMatchObject({
      current: true,
      user_agent: 'rvp-phone/1.0',
      ip: expect.stringMatching(/127\.0\.0\.1$/),
    });
    expect(byId.get(sidOf(laptop))).toMatchObject({ current: false });
    expect(byId.has(sidOf(stranger))).toBe(false);
    const phoneSession = byId.get(sidOf(phone)) as Record<string, string>;
    expect(new Date(phoneSession.created_at).toISOString()).toBe(phoneSession.created_at);
    expect(new Date(phoneSession.last_used_at).getTime()).toBeGreaterThanOrEqual(
      new Date(phoneSession.created_at).getTime(),
    );
    expect(JSON.stringify(res.body)).not.toContain(laptop.refresh_token);
  });

  it('keeps one entry per session across refreshes, with its sign-in time', async () => {
    const session = await register(t);
    const before = (await listSessions(session).expect(200)).body.items[0];
    const refreshed = await t.http
      .post('/api/v1/auth/refresh-token')
      .set('User-Agent', 'rvp-refresher/2.0')
      .send({ refresh_token: session.refresh_token })
      .expect(200);
    const after = await t.http
      .get('/api/v1/auth/sessions')
      .set('Authorization', `Bearer ${refreshed.body.access_token}`)
      .expect(200);
    expect(after.body.total).toBe(1);
    expect(after.body.items[0]).toMatchObject({
      id: before.id,
      created_at: before.created_at,
      user_agent: 'rvp-refresher/2.0',
      current: true,
    });
  });

  it('pages and sorts, and refuses bad query parameters with 422', async () => {
    const first = await register(t);
    const second = await loginWithAgent(first, 'second');
    const third = await loginWithAgent(first, 'third');
    const page = await listSessions(first, '?limit=2&sort=created_at&order=asc').expect(200);
    expect(page.body).toMatchObject({ total: 3, offset: 0, limit: 2 });
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([
      sidOf(first),
      sidOf(second),
    ]);
    const rest = await listSessions(first, '?limit=2&offset=2&sort=created_at&order=asc').expect(
      200,
    );
    expect(rest.body.items.map((item: { id: string }) => item.id)).toEqual([sidOf(third)]);
    for (const query of ['?limit=0', '?limit=101', '?sort=ip', '?order=up', '?offset=-1', '?x=1']) {
      const res = await listSessions(first, query);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 422,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it('ends one session: its tokens stop working at once, the others carry on', async () => {
    const laptop = await register(t);
    const phone = await loginWithAgent(laptop, 'phone');
    await t.http
      .delete(`/api/v1/auth/sessions/${sidOf(phone)}`)
      .set('Authorization', laptop.auth)
      .expect(204);

    const me = await t.http.get('/api/v1/auth/me').set('Authorization', phone.auth).expect(401);
    expect(me.body.code).toBe('TOKEN_REVOKED');
    const refresh = await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: phone.refresh_token })
      .expect(401);
    expect(refresh.body.code).toBe('TOKEN_REVOKED');
    await t.http.get('/api/v1/auth/me').set('Authorization', laptop.auth).expect(200);
    const list = await listSessions(laptop).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([sidOf(laptop)]);

    // Ending it again: it is no longer an active session.
    const again = await t.http
      .delete(`/api/v1/auth/sessions/${sidOf(phone)}`)
      .set('Authorization', laptop.auth)
      .expect(404);
    expect(again.body.code).toBe('SESSION_NOT_FOUND');
  });

  it('ends the current session when asked to (like logout)', async () => {
    const session = await register(t);
    await t.http
      .delete(`/api/v1/auth/sessions/${sidOf(session)}`)
      .set('Authorization', session.auth)
      .expect(204);
    await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(401);
  });

  it('answers another user’s session id and unknown ids with 404, malformed ids with 400', async () => {
    const mine = await register(t);
    const theirs = await register(t);
    const other = await t.http
      .delete(`/api/v1/auth/sessions/${sidOf(theirs)}`)
      .set('Authorization', mine.auth)
      .expect(404);
    expect(other.body.code).toBe('SESSION_NOT_FOUND');
    await t.http.get('/api/v1/auth/me').set('Authorization', theirs.auth).expect(200);

    const unknown = await t.http
      .delete('/api/v1/auth/sessions/00000000-0000-4000-8000-000000000000')
      .set('Authorization', mine.auth)
      .expect(404);
    expect(unknown.body.code).toBe('SESSION_NOT_FOUND');

    // A refresh row's own id is not a session id.
    const row = await t.dataSource
      .getRepository(TokenEntity)
      .findOneByOrFail({ session_id: sidOf(mine), type: 'refresh' });
    await t.http
      .delete(`/api/v1/auth/sessions/${row.id}`)
      .set('Authorization', mine.auth)
      .expect(404);

    for (const id of ['not-a-uuid', '1', "x' OR 1=1 --"]) {
      const res = await t.http
        .delete(`/api/v1/auth/sessions/${encodeURIComponent(id)}`)
        .set('Authorization', mine.auth)
        .expect(400);
      expect(res.body.code).toBe('INVALID_ID');
    }
    await t.http.get('/api/v1/auth/me').set('Authorization', mine.auth).expect(200);
  });

  it('logout-all ends every session of the caller, the current one too, and nobody else’s', async () => {
    const laptop = await register(t);
    const phone = await loginWithAgent(laptop, 'phone');
    const stranger = await register(t);
    const pat = await createPersonalToken(t, laptop);

    await t.http.post('/api/v1/auth/logout-all').set('Authorization', phone.auth).expect(204);
    for (const signedIn of [laptop, phone]) await expectSessionEnded(t, signedIn);
    await t.http.get('/api/v1/auth/me').set('Authorization', stranger.auth).expect(200);
    const live = await t.dataSource
      .getRepository(TokenEntity)
      .createQueryBuilder('t')
      .where('t.user_id = :id AND t.type = :type AND t.revoked_at IS NULL', {
        id: laptop.user.id,
        type: 'refresh',
      })
      .getCount();
    expect(live).toBe(0);
    // Personal access tokens are not sessions: they are revoked under /tokens.
    await t.http.get('/api/v1/auth/me').set('X-API-Key', pat.token).expect(200);
    // Signing in again starts a fresh session.
    const again = await t.http
      .post('/api/v1/auth/login')
      .send({ username: laptop.user.username, password: GOOD_PASSWORD })
      .expect(200);
    const list = await t.http
      .get('/api/v1/auth/sessions')
      .set('Authorization', `Bearer ${again.body.access_token}`)
      .expect(200);
    expect(list.body.total).toBe(1);
  });

  it('needs authentication: 401 without a token', async () => {
    expect((await t.http.get('/api/v1/auth/sessions').expect(401)).body.code).toBe(
      'UNAUTHENTICATED',
    );
    await t.http.post('/api/v1/auth/logout-all').expect(401);
    await t.http.delete('/api/v1/auth/sessions/00000000-0000-4000-8000-000000000000').expect(401);
  });
});
