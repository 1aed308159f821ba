import { register, type SignedIn } from '../support/factories';
import { TcpProxy } from '../support/tcp-proxy';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Redis that stays connected but stops answering (a hung server, a link
 * that swallows bytes). The rate-limited sign-in routes must answer 503
 * RATE_LIMITER_UNAVAILABLE within about REDIS_COMMAND_TIMEOUT_MS instead of
 * hanging, readiness must stay 200 and report Redis as degraded, everything
 * else must keep working, and Redis must be used again once it answers,
 * without a restart. Needs TEST_REDIS_URL (`.ci/run`).
 */
describe('a Redis that hangs', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let user: SignedIn;

  beforeAll(async () => {
    if (!process.env.TEST_REDIS_URL) throw new Error('this suite needs TEST_REDIS_URL');
    const redis = new URL(process.env.TEST_REDIS_URL);
    proxy = await new TcpProxy(redis.hostname, Number(redis.port || 6379)).start();
    t = await startTestApp({
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      REDIS_COMMAND_TIMEOUT_MS: '1000',
      AUTH_RATE_LIMIT: '1000',
      TRUST_PROXY: 'true',
    });
    user = await register(t);
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
  });

  const attempt = () =>
    t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '192.0.2.77')
      .send({ username: user.user.username, password: 'not the password' });

  it('answers 503 RATE_LIMITER_UNAVAILABLE within about the command timeout, not after 15 s', async () => {
    expect((await attempt()).status).toBe(401);
    proxy.blackhole();
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 5 }, () => attempt()));
    const took = Date.now() - started;
    for (const res of results) {
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('RATE_LIMITER_UNAVAILABLE');
      expect(res.headers['retry-after']).toBeDefined();
    }
    expect(took).toBeLessThan(2_500);
  });

  it('stays ready, reporting Redis as degraded, while everything else works', async () => {
    const started = Date.now();
    const ready = await t.http.get('/api/v1/health/ready').expect(200);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(ready.body).toMatchObject({
      status: 'degraded',
      checks: {
        database: { status: 'up' },
        storage: { status: 'up' },
        redis: { status: 'degraded' },
      },
    });
    await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(200);
  });

  it('counts attempts in Redis again once it answers, without a restart', async () => {
    proxy.restore();
    let status = 0;
    for (let i = 0; i < 40 && status !== 401; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await attempt()).status;
    }
    expect(status).toBe(401);
    const ready = await t.http.get('/api/v1/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
  });
});
