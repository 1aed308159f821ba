import type { Response } from 'supertest';
import { register, type SignedIn } from './support/factories';
import { FIXTURES } from './support/file-fixtures';
import { useTestApp } from './support/test-app';
import { upload } from './support/uploads';

const ALLOWED = 'https://app.example.org';
const ALSO_ALLOWED = 'http://localhost:5173';
const REFUSED = 'https://evil.example.net';

/** The request headers SPEC §7 says browser clients may send. */
const REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'x-api-key',
  'x-request-id',
  'range',
  'if-none-match',
  'if-range',
];
const EXPOSED_HEADERS = [
  'x-request-id',
  'etag',
  'content-disposition',
  'content-range',
  'content-length',
  'retry-after',
  'location',
];

const listOf = (header: string | undefined): string[] =>
  (header ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

function corsHeadersOf(res: Response): string[] {
  return Object.keys(res.headers).filter((name) => name.startsWith('access-control-'));
}

describe('CORS with CORS_ORIGINS set', () => {
  const t = useTestApp({ CORS_ORIGINS: `${ALLOWED},${ALSO_ALLOWED}` });
  let user: SignedIn;
  let fileId: string;

  beforeAll(async () => {
    user = await register(t);
    fileId = (await upload(t, user.auth, FIXTURES.pdf, 'paper.pdf', 'application/pdf').expect(201))
      .body.id;
  });

  it('answers an allowed origin with its exact origin, no credentials mode, and Vary: Origin', async () => {
    for (const origin of [ALLOWED, ALSO_ALLOWED]) {
      const res = await t.http
        .get('/api/v1/auth/me')
        .set('Origin', origin)
        .set('Authorization', user.auth)
        .expect(200);
      expect(res.headers['access-control-allow-origin']).toBe(origin);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(listOf(res.headers.vary)).toContain('origin');
      expect(listOf(res.headers['access-control-expose-headers'])).toEqual(
        expect.arrayContaining(EXPOSED_HEADERS),
      );
    }
  });

  it('gives a refused origin no CORS headers at all (the request itself is still served)', async () => {
    const res = await t.http.get('/api/v1/health').set('Origin', REFUSED).expect(200);
    expect(corsHeadersOf(res)).toEqual([]);
    // The answer depends on Origin, so caches must not reuse it for an allowed one.
    expect(listOf(res.headers.vary)).toContain('origin');
    // Near misses are refused too: origins match exactly.
    for (const near of [
      `${ALLOWED}/`,
      'https://app.example.org:443x',
      'http://app.example.org',
      'null',
    ]) {
      const miss = await t.http.get('/api/v1/health').set('Origin', near).expect(200);
      expect({ near, cors: corsHeadersOf(miss) }).toEqual({ near, cors: [] });
    }
  });

  it('answers the preflight of an upload with Authorization: 204 with the method and headers', async () => {
    const res = await t.http
      .options('/api/v1/files')
      .set('Origin', ALLOWED)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,x-request-id')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(listOf(res.headers['access-control-allow-methods'])).toEqual(
      expect.arrayContaining(['get', 'post', 'patch', 'delete']),
    );
    expect(listOf(res.headers['access-control-allow-headers'])).toEqual(
      expect.arrayContaining(REQUEST_HEADERS),
    );
    expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers the preflight of a ranged, conditional download', async () => {
    const res = await t.http
      .options(`/api/v1/files/${fileId}/content`)
      .set('Origin', ALSO_ALLOWED)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization,range,if-range,if-none-match')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALSO_ALLOWED);
    expect(listOf(res.headers['access-control-allow-headers'])).toEqual(
      expect.arrayContaining(['authorization', 'range', 'if-range', 'if-none-match']),
    );
  });

  it('refuses the preflight of another origin: no CORS headers, so the browser blocks the call', async () => {
    const res = await t.http
      .options('/api/v1/files')
      .set('Origin', REFUSED)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(res.status).toBe(404);
    expect(corsHeadersOf(res)).toEqual([]);
  });

  it('lets a browser read the download headers it needs (ETag, Content-Range, Content-Disposition)', async () => {
    const res = await t.http
      .get(`/api/v1/files/${fileId}/content`)
      .set('Origin', ALLOWED)
      .set('Authorization', user.auth)
      .set('Range', 'bytes=0-7')
      .expect(206);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    const exposed = listOf(res.headers['access-control-expose-headers']);
    for (const header of [
      'etag',
      'content-range',
      'content-disposition',
      'content-length',
      'x-request-id',
    ]) {
      expect(res.headers[header]).toBeDefined();
      expect(exposed).toContain(header);
    }
  });

  it('exposes Retry-After on a problem answer too', async () => {
    const res = await t.http.get('/api/v1/auth/me').set('Origin', ALLOWED).expect(401);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(listOf(res.headers['access-control-expose-headers'])).toContain('retry-after');
  });
});

describe('CORS without CORS_ORIGINS', () => {
  const t = useTestApp();

  it('sends no CORS headers to any origin, and preflights find no route', async () => {
    const simple = await t.http.get('/api/v1/health').set('Origin', ALLOWED).expect(200);
    expect(corsHeadersOf(simple)).toEqual([]);
    const preflight = await t.http
      .options('/api/v1/files')
      .set('Origin', ALLOWED)
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.status).toBe(404);
    expect(corsHeadersOf(preflight)).toEqual([]);
  });
});
