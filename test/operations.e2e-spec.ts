import { startTestApp, type TestApp, useTestApp } from './support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function expectProblem(body: Record<string, unknown>, status: number, code: string): void {
  expect(body).toMatchObject({
    status,
    code,
    type: expect.stringContaining(code.toLowerCase().replace(/_/g, '-')),
  });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.request_id).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/at .+\.(js|ts):\d+|SELECT|INSERT/);
}

describe('operations: health, errors, request ids, metrics, docs', () => {
  const t = useTestApp();

  it('answers liveness with {status: ok}', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toMatch(UUID);
  });

  it('answers readiness with the database check', async () => {
    const res = await t.http.get('/api/v1/health/ready').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, storage: { status: 'up' } },
    });
  });

  it('echoes a well-formed X-Request-Id and replaces a malformed one', async () => {
    const echoed = await t.http
      .get('/api/v1/health')
      .set('X-Request-Id', 'client-req.42')
      .expect(200);
    expect(echoed.headers['x-request-id']).toBe('client-req.42');

    const replaced = await t.http
      .get('/api/v1/health')
      .set('X-Request-Id', 'bad id with spaces')
      .expect(200);
    expect(replaced.headers['x-request-id']).toMatch(UUID);

    const tooLong = await t.http
      .get('/api/v1/health')
      .set('X-Request-Id', 'a'.repeat(129))
      .expect(200);
    expect(tooLong.headers['x-request-id']).toMatch(UUID);
  });

  it('answers an unknown route with a 404 problem document carrying the request id', async () => {
    const res = await t.http
      .get('/api/v1/no-such-route')
      .set('X-Request-Id', 'trace-404')
      .expect(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expectProblem(res.body, 404, 'ROUTE_NOT_FOUND');
    expect(res.body.request_id).toBe('trace-404');
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.http
      .post('/api/v1/health')
      .set('Content-Type', 'application/json')
      .send('{"username": "ada", ')
      .expect(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expectProblem(res.body, 400, 'MALFORMED_JSON');
    expect(res.headers['x-request-id']).toBe(res.body.request_id);
  });

  it('answers a JSON body over 1 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) });
    const res = await t.http
      .post('/api/v1/health')
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(413);
    expectProblem(res.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('sets security headers and hides the framework', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('exposes Prometheus metrics by route template and status, plus process metrics', async () => {
    await t.http.get('/api/v1/health').expect(200);
    await t.http.get('/api/v1/definitely-missing').expect(404);
    const res = await t.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(res.text).toMatch(
      /http_requests_total\{method="GET",route="\/api\/v1\/health",status="200"\} \d+/,
    );
    expect(res.text).toMatch(
      /http_requests_total\{method="GET",route="<unmatched>",status="404"\} \d+/,
    );
    expect(res.text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/v1\/health",status="200"\} \d+/,
    );
    expect(res.text).toContain('process_resident_memory_bytes');
    expect(res.text).not.toContain('definitely-missing');
  });

  it('serves the OpenAPI document with title, version and the bearer scheme', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.info.title).toBe('ReViewPoint Core API');
    expect(res.body.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(res.body.paths['/api/v1/health']).toBeDefined();
    expect(res.body.paths['/api/v1/health/ready'].get.responses['503']).toBeDefined();
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await t.http.get('/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('swagger-ui');
  });
});

describe('metrics behind METRICS_TOKEN', () => {
  const token = 'scrape-token-0123456789abcdef';
  const t = useTestApp({ METRICS_TOKEN: token });

  it('refuses a scrape without the token and accepts one with it', async () => {
    const refused = await t.http.get('/metrics').expect(401);
    expectProblem(refused.body, 401, 'UNAUTHENTICATED');
    await t.http
      .get('/metrics')
      .set('Authorization', 'Bearer wrong-token-000000000000')
      .expect(401);
    const ok = await t.http.get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(ok.text).toContain('http_requests_total');
  });
});

describe('metrics and docs exposure in production', () => {
  let t: TestApp;

  afterEach(async () => {
    await t.close();
  });

  it('without METRICS_TOKEN: /metrics answers 404 like a route that does not exist; docs stay on', async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
    const res = await t.http.get('/metrics').expect(404);
    expectProblem(res.body, 404, 'ROUTE_NOT_FOUND');
    await t.http.get('/metrics').set('Authorization', 'Bearer anything-at-all-000000').expect(404);
    await t.http.get('/docs-json').expect(200);
  });

  it('with METRICS_PUBLIC=true: /metrics is served without a token', async () => {
    t = await startTestApp({ NODE_ENV: 'production', METRICS_PUBLIC: 'true' });
    const res = await t.http.get('/metrics').expect(200);
    expect(res.text).toContain('http_requests_total');
  });

  it('with METRICS_TOKEN: /metrics needs the token', async () => {
    const token = 'scrape-token-0123456789abcdef';
    t = await startTestApp({ NODE_ENV: 'production', METRICS_TOKEN: token });
    await t.http.get('/metrics').expect(401);
    await t.http.get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('with DOCS_ENABLED=false: no Swagger UI and no document', async () => {
    t = await startTestApp({ NODE_ENV: 'production', DOCS_ENABLED: 'false' });
    for (const path of ['/docs', '/docs-json', '/docs-yaml']) {
      const res = await t.http.get(path).expect(404);
      expectProblem(res.body, 404, 'ROUTE_NOT_FOUND');
    }
    await t.http.get('/api/v1/health').expect(200);
  });
});
