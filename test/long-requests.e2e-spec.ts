import { request as httpRequest } from 'node:http';
import { FileEntity } from '../src/files/file.entity';
import { FIXTURES } from './support/file-fixtures';
import { register, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';
import { eventually, multipartBody, storedObjects } from './support/uploads';

/**
 * Time limits that tell slow from stuck: uploads have an idle timeout, not a
 * total one (Node's 300 s requestTimeout cut slow uploads that were still
 * progressing); other bodies must arrive whole in time; each user may have
 * only a few uploads in progress.
 */
describe('long requests', () => {
  const t = useTestApp({
    UPLOAD_IDLE_TIMEOUT_SECONDS: '1',
    REQUEST_BODY_TIMEOUT_SECONDS: '1',
    MAX_CONCURRENT_UPLOADS_PER_USER: '1',
    FILES_JANITOR_INTERVAL_SECONDS: '0',
  });
  let user: SignedIn;

  beforeAll(async () => {
    user = await register(t);
  });

  interface Exchange {
    status?: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
    /** ms from the first byte sent to the answer. */
    answeredAfterMs: number;
    /** The server closed the connection. */
    closed: Promise<void>;
  }

  /**
   * Sends `parts` one every `pauseMs`; ends the body only when `end` is set,
   * else leaves it hanging. Resolves with the answer.
   */
  function send(options: {
    path: string;
    headers: Record<string, string>;
    parts: Buffer[];
    pauseMs: number;
    end: boolean;
  }): Promise<Exchange> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const req = httpRequest({
        host: '127.0.0.1',
        port: t.port,
        method: 'POST',
        path: options.path,
        headers: options.headers,
      });
      const closed = new Promise<void>((done) => req.once('close', () => done()));
      req.on('error', () => undefined);
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body,
            answeredAfterMs: Date.now() - started,
            closed,
          }),
        );
      });
      void (async () => {
        for (const part of options.parts) {
          if (req.destroyed) return;
          req.write(part);
          await new Promise((r) => setTimeout(r, options.pauseMs));
        }
        if (options.end) req.end();
      })().catch(reject);
    });
  }

  function uploadParts(data: Buffer, pieces: number) {
    const multipart = multipartBody([
      { name: 'file', filename: 'slow.txt', contentType: 'text/plain', data },
    ]);
    const size = Math.ceil(multipart.body.length / pieces);
    const parts = Array.from({ length: pieces }, (_, i) =>
      multipart.body.subarray(i * size, (i + 1) * size),
    ).filter((part) => part.length > 0);
    return {
      parts,
      headers: {
        authorization: user.auth,
        'content-type': multipart.contentType,
        'content-length': String(multipart.body.length),
      },
    };
  }

  const rows = () => t.dataSource.getRepository(FileEntity).count();

  it('has no total request timeout, only a header timeout', () => {
    const server = t.app.getHttpServer();
    expect(server.requestTimeout).toBe(0);
    expect(server.headersTimeout).toBeGreaterThan(0);
  });

  it('keeps an upload that is slow but progressing, whatever its total time', async () => {
    const data = Buffer.from('slow but steady notes\n'.repeat(400));
    const { parts, headers } = uploadParts(data, 8);
    // 8 pieces 400 ms apart: about 3 s in all, three times the idle timeout.
    const answer = await send({ path: '/api/v1/files', headers, parts, pauseMs: 400, end: true });
    expect(answer.answeredAfterMs).toBeGreaterThan(2_500);
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toMatchObject({ size: data.length, filename: 'slow.txt' });
  });

  it('cuts an upload that stops arriving with 408 UPLOAD_TIMEOUT, closes the connection and keeps nothing', async () => {
    const rowsBefore = await rows();
    const objectsBefore = await storedObjects(t);
    const { parts, headers } = uploadParts(Buffer.from('x'.repeat(200_000)), 4);
    const answer = await send({
      path: '/api/v1/files',
      headers,
      parts: parts.slice(0, 2),
      pauseMs: 50,
      end: false,
    });
    expect(answer.status).toBe(408);
    expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 408, code: 'UPLOAD_TIMEOUT' });
    expect(answer.answeredAfterMs).toBeGreaterThanOrEqual(900);
    expect(answer.answeredAfterMs).toBeLessThan(3_000);
    await answer.closed;
    expect(await rows()).toBe(rowsBefore);
    const objectsAfter = await eventually(
      () => storedObjects(t),
      (objects) => objects.length === objectsBefore.length,
    );
    expect(objectsAfter).toEqual(objectsBefore);
  });

  it('lets each user have MAX_CONCURRENT_UPLOADS_PER_USER uploads in progress; more get 429 TOO_MANY_UPLOADS', async () => {
    const stalled = uploadParts(Buffer.from('y'.repeat(100_000)), 4);
    const first = send({
      path: '/api/v1/files',
      headers: stalled.headers,
      parts: stalled.parts.slice(0, 1),
      pauseMs: 10,
      end: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await t.http
      .post('/api/v1/files')
      .set('Authorization', user.auth)
      .attach('file', FIXTURES.pdf, { filename: 'second.pdf', contentType: 'application/pdf' });
    expect(second.status).toBe(429);
    expect(second.body.code).toBe('TOO_MANY_UPLOADS');
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not held up.
    const other = await register(t);
    await t.http
      .post('/api/v1/files')
      .set('Authorization', other.auth)
      .attach('file', FIXTURES.pdf, { filename: 'theirs.pdf', contentType: 'application/pdf' })
      .expect(201);
    // Once the stalled one is over (408), the slot is free again.
    expect((await first).status).toBe(408);
    await t.http
      .post('/api/v1/files')
      .set('Authorization', user.auth)
      .attach('file', FIXTURES.pdf, { filename: 'third.pdf', contentType: 'application/pdf' })
      .expect(201);
  });

  it('answers 408 REQUEST_TIMEOUT to a JSON body that does not arrive in time, and closes the connection', async () => {
    const body = JSON.stringify({ username: user.user.username, password: 'not the password!' });
    const answer = await send({
      path: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      parts: [Buffer.from(body.slice(0, 10))],
      pauseMs: 10,
      end: false,
    });
    expect(answer.status).toBe(408);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    expect(answer.answeredAfterMs).toBeLessThan(3_000);
    await answer.closed;
  });
});
