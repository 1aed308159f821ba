import { request as httpRequest } from 'node:http';
import type { TestApp } from './test-app';

/** Uploads `data` as the single `file` part, through supertest. */
export function upload(
  t: TestApp,
  auth: string,
  data: Buffer,
  filename: string,
  contentType = 'application/octet-stream',
) {
  return t.http
    .post('/api/v1/files')
    .set('Authorization', auth)
    .attach('file', data, { filename, contentType });
}

export interface Part {
  name: string;
  filename?: string;
  /** Sent as RFC 5987 `filename*=UTF-8''…` instead of a raw `filename="…"`. */
  encodedFilename?: boolean;
  contentType?: string;
  data: Buffer | string;
}

/** A multipart/form-data body assembled by hand, for the shapes a form library will not produce. */
export function multipartBody(
  parts: Part[],
  boundary = '----rvp-test-boundary',
): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename =
      part.filename === undefined
        ? ''
        : part.encodedFilename
          ? `; filename*=UTF-8''${encodeURIComponent(part.filename)}`
          : `; filename="${part.filename}"`;
    const disposition = `form-data; name="${part.name}"${filename}`;
    const headers = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    chunks.push(
      Buffer.from(headers, 'utf8'),
      Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a hand-made multipart body (see multipartBody) to the upload route. */
export function postMultipart(
  t: TestApp,
  auth: string,
  multipart: { body: Buffer; contentType: string },
) {
  return t.http
    .post('/api/v1/files')
    .set('Authorization', auth)
    .set('Content-Type', multipart.contentType)
    .send(multipart.body);
}

export interface RawResult {
  status?: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  /** The connection failed (e.g. closed by the server while sending). */
  error?: string;
}

/**
 * Sends a request with full control over framing: the body as given chunks,
 * optionally without Content-Length (chunked), optionally aborted after the
 * chunks instead of finished.
 */
export function sendRaw(
  t: TestApp,
  options: {
    path: string;
    headers: Record<string, string>;
    chunks: Buffer[];
    abortAfterChunks?: boolean;
    pauseMs?: number;
  },
): Promise<RawResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: RawResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const req = httpRequest({
      host: '127.0.0.1',
      port: t.port,
      method: 'POST',
      path: options.path,
      headers: options.headers,
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => finish({ status: res.statusCode, body, headers: res.headers }));
      res.on('error', (error) =>
        finish({ status: res.statusCode, body, headers: res.headers, error: error.message }),
      );
    });
    req.on('error', (error) => finish({ body: '', headers: {}, error: error.message }));
    void (async () => {
      for (const chunk of options.chunks) {
        if (req.destroyed) return;
        req.write(chunk);
        if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
      }
      if (options.abortAfterChunks) {
        await new Promise((r) => setTimeout(r, 100));
        req.destroy();
        setTimeout(() => finish({ body: '', headers: {}, error: 'aborted by the test' }), 50);
      } else {
        req.end();
      }
    })();
  });
}

/** Every stored object key (local directory or S3 bucket), sorted. */
export function storedObjects(t: TestApp): Promise<string[]> {
  return t.storage.keys();
}

/** Polls until `check` passes or the time is up (then returns its last result). */
export async function eventually<T>(
  read: () => T | Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 3_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
