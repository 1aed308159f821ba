import { startTestApp, type TestApp } from '../support/test-app';
import { TcpProxy } from '../support/tcp-proxy';

/**
 * With REDIS_URL the sign-in rate limits live in Redis. When Redis goes away
 * the limited routes fail closed (503, never uncounted attempts) and
 * readiness reports Redis as degraded while staying ready (200): other
 * routes keep working, so a balancer must not drop the instance.
 */
describe('rate limits when Redis goes away', () => {
  let t: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    if (!process.env.TEST_REDIS_URL) throw new Error('this suite needs TEST_REDIS_URL');
    const redis = new URL(process.env.TEST_REDIS_URL);
    proxy = await new TcpProxy(redis.hostname, Number(redis.port || 6379)).start();
    t = await startTestApp({
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      AUTH_RATE_LIMIT: '100',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is ready with Redis up and counts attempts there', async () => {
    const ready = await t.http.get('/api/v1/health/ready').expect(200);
    expect(ready.body.checks.redis).toEqual({ status: 'up' });
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'nobody_here', password: 'wrong password' })
      .expect(401);
  });

  it('answers 503 on the limited routes and reports Redis as degraded in readiness once it is unreachable', async () => {
    await proxy.cut();
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '192.0.2.99')
      .send({ username: 'nobody_here', password: 'wrong password' });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('RATE_LIMITER_UNAVAILABLE');
    expect(res.headers['retry-after']).toBeDefined();
    const ready = await t.http.get('/api/v1/health/ready').expect(200);
    expect(ready.body.status).toBe('degraded');
    expect(ready.body.checks.redis.status).toBe('degraded');
    expect(ready.body.checks.database).toEqual({ status: 'up' });
    await t.http.get('/api/v1/health').expect(200);
  });
});
