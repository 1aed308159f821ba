import { UsersService } from '../src/users/users.service';
import { newUserInput, register } from './support/factories';
import { useTestApp } from './support/test-app';

/**
 * AUTH_RATE_LIMIT attempts per AUTH_RATE_WINDOW_SECONDS, per client IP and per
 * account identifier. TRUST_PROXY lets the test speak as different clients
 * through X-Forwarded-For, as a load balancer would.
 */
describe('rate limits on the sign-in endpoints', () => {
  const t = useTestApp({
    AUTH_RATE_LIMIT: '3',
    AUTH_RATE_WINDOW_SECONDS: '60',
    TRUST_PROXY: 'true',
  });

  const attempt = (ip: string, username: string) =>
    t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ username, password: 'wrong password here' });

  it('limits one client address across accounts, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await attempt('198.51.100.1', `someone_${i}`)).status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await attempt('198.51.100.1', 'someone_else');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(limited.body.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another address is unaffected.
    expect((await attempt('198.51.100.2', 'someone_0')).status).toBe(401);
  });

  it('limits one account across client addresses, whether named by username or email', async () => {
    const victim = 'target_account';
    for (let i = 0; i < 3; i += 1)
      expect((await attempt(`203.0.113.${i + 1}`, victim.toUpperCase())).status).toBe(401);
    const limited = await attempt('203.0.113.50', `  ${victim} `);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
  });

  it('keeps one bucket per account: alternating its username and email still hits the limit', async () => {
    // Made through the service: registering over HTTP would spend this address's attempts.
    const victim = await t.app.get(UsersService).create(newUserInput());
    const identifiers = [
      victim.username,
      victim.email,
      victim.username.toUpperCase(),
      ` ${victim.email.toUpperCase()}`,
    ];
    const statuses: number[] = [];
    for (const [i, identifier] of identifiers.entries())
      statuses.push((await attempt(`198.18.0.${i + 1}`, identifier)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    // The JSON `email` field names the same account, and the same bucket.
    const byEmailField = await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '198.18.0.50')
      .send({ email: victim.email, password: 'wrong password here' });
    expect(byEmailField.status).toBe(429);
  });

  it('counts malformed attempts too, and covers register and refresh-token', async () => {
    for (let i = 0; i < 3; i += 1) {
      await t.http
        .post('/api/v1/auth/register')
        .set('X-Forwarded-For', '192.0.2.10')
        .send({ nonsense: true })
        .expect(422);
    }
    await t.http
      .post('/api/v1/auth/register')
      .set('X-Forwarded-For', '192.0.2.10')
      .send({ nonsense: true })
      .expect(429);

    for (let i = 0; i < 3; i += 1) {
      await t.http
        .post('/api/v1/auth/refresh-token')
        .set('X-Forwarded-For', '192.0.2.20')
        .send({ refresh_token: 'A'.repeat(43) })
        .expect(401);
    }
    await t.http
      .post('/api/v1/auth/refresh-token')
      .set('X-Forwarded-For', '192.0.2.20')
      .send({ refresh_token: 'A'.repeat(43) })
      .expect(429);
  });

  it('does not limit ordinary authenticated requests', async () => {
    const session = await register(t);
    for (let i = 0; i < 8; i += 1)
      await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
  });
});
