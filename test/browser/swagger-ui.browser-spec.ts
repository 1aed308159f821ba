import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { FIXTURES } from '../support/file-fixtures';
import { assertBuilt, freePort, startServer, type Finished } from '../support/processes';

/**
 * Swagger UI of the built server in a real browser: Debian's chromium driven
 * by playwright-core (no browser download). `.ci/run` installs chromium when
 * /usr/bin/chromium is missing.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ACCOUNT = {
  username: 'swagger.user',
  email: 'swagger.user@example.org',
  password: 'correct horse battery staple',
};

interface RunningServer {
  baseUrl: string;
  stop(): Promise<Finished>;
}

/** The built server (its document has everything the Swagger CLI plugin adds) on a fresh SQLite file. */
async function startBuiltServer(env: Record<string, string> = {}): Promise<RunningServer> {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'rvp-browser-'));
  const port = await freePort();
  const server = await startServer({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
    STORAGE_DIR: join(dir, 'files'),
    JWT_SECRET: 'browser-test-only-key-0123456789-abcdefghijklm',
    ...env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const registered = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ACCOUNT),
  });
  if (registered.status !== 201) throw new Error(`register: ${registered.status}`);
  return {
    baseUrl,
    stop: async () => {
      server.child.kill('SIGTERM');
      const finished = await server.exited;
      rmSync(dir, { recursive: true, force: true });
      return finished;
    },
  };
}

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Expands an operation, presses "Try it out", lets `fill` set inputs, executes; resolves the live response. */
async function tryItOut(
  page: Page,
  operationId: string,
  fill: (operation: Locator) => Promise<void> = async () => undefined,
): Promise<{ status: number; body: string; operation: Locator }> {
  const operation = page.locator(`.opblock[id$="-${operationId}"]`);
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  await fill(operation);
  await operation.locator('button.execute').click();
  const live = operation.locator('.live-responses-table tbody tr.response');
  const status = live.locator('.response-col_status');
  await status.first().waitFor({ timeout: 15_000 });
  const body = live.locator('.response-col_description');
  return {
    status: Number((await status.first().innerText()).trim()),
    body: await body.first().innerText(),
    operation,
  };
}

describe('Swagger UI at /docs in chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startBuiltServer();
    browser = await launch();
    page = await browser.newPage();
    await page.goto(`${server.baseUrl}/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders every operation of the document without a resolver error', async () => {
    const document = (await (await fetch(`${server.baseUrl}/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.values(document.paths).flatMap((methods) => Object.keys(methods));
    expect(await page.locator('.opblock').count()).toBe(operations.length);
    // Expanding readiness used to show "Could not resolve reference" for DependencyStatusDto.
    const readiness = page.locator('.opblock[id$="-getReadiness"]');
    await readiness.locator('.opblock-summary').first().click();
    await readiness.locator('.responses-wrapper').waitFor();
    expect(await page.locator('.errors-wrapper').count()).toBe(0);
    expect(await page.content()).not.toContain('Could not resolve reference');
  });

  it('signs in through Authorize with the OAuth2 password flow', async () => {
    await page.locator('button.authorize').first().click();
    const oauth2 = page.locator('.auth-container', { hasText: 'oauth2 (OAuth2, password)' });
    await oauth2.locator('#oauth_username').fill(ACCOUNT.email);
    await oauth2.locator('#oauth_password').fill(ACCOUNT.password);
    const login = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/auth/login') && response.request().method() === 'POST',
    );
    await oauth2.locator('button.authorize').click();
    expect((await login).status()).toBe(200);
    // Swagger UI shows "Authorized" and a Logout button for a scheme it holds a token for.
    await oauth2.getByRole('button', { name: 'Remove authorization' }).waitFor({ timeout: 10_000 });
    expect(await oauth2.innerText()).toContain('Authorized');
    await page.locator('.modal-ux button.close-modal').click();
  });

  it('tries GET /auth/me with the token: 200 with the user', async () => {
    const result = await tryItOut(page, 'getMe');
    expect(result.status).toBe(200);
    expect(result.body).toContain(ACCOUNT.username);
    expect(result.body).toContain(ACCOUNT.email);
  });

  let fileId: string;

  it('uploads a PDF through the multipart form: 201', async () => {
    const uploaded = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/files') && response.request().method() === 'POST',
    );
    const result = await tryItOut(page, 'uploadFile', async (operation) => {
      await operation.locator('input[type="file"]').setInputFiles({
        name: 'paper.pdf',
        mimeType: 'application/pdf',
        buffer: FIXTURES.pdf,
      });
    });
    expect(result.status).toBe(201);
    const body = (await (await uploaded).json()) as { id: string; content_type: string };
    expect(body.content_type).toBe('application/pdf');
    fileId = body.id;
    expect(result.body).toContain(fileId);
  });

  it('downloads it: 200 with the bytes and a download link', async () => {
    const downloaded = page.waitForResponse((response) =>
      response.url().endsWith(`/api/v1/files/${fileId}/content`),
    );
    const result = await tryItOut(page, 'downloadFileContent', async (operation) => {
      await operation.locator('input[placeholder="id"]').fill(fileId);
    });
    expect(result.status).toBe(200);
    const response = await downloaded;
    // No Range, If-Range or If-None-Match was sent: they are optional now.
    const sent = await response.request().allHeaders();
    expect(
      Object.keys(sent).filter((name) => /^(range|if-range|if-none-match)$/i.test(name)),
    ).toEqual([]);
    expect(response.headers()['content-type']).toBe('application/pdf');
    // Swagger UI offers the bytes it received as a download link; saving it gives the file.
    const link = result.operation.locator('.live-responses-table a[download]');
    expect(await link.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bytes = readFileSync(await download.path());
    expect(Buffer.from(bytes)).toEqual(FIXTURES.pdf);
  });
});

/** A page served from `origin` that runs `fetch` against the API, as a browser client would. */
async function servePage(): Promise<{ origin: string; close(): Promise<void> }> {
  const http: Server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>client</title>');
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}

describe('CORS in chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let allowed: Awaited<ReturnType<typeof servePage>>;
  let refused: Awaited<ReturnType<typeof servePage>>;

  beforeAll(async () => {
    allowed = await servePage();
    refused = await servePage();
    server = await startBuiltServer({ CORS_ORIGINS: allowed.origin });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await allowed?.close();
    await refused?.close();
  });

  /** Signs in, uploads, and reads a range of the file, all with fetch from a page of `origin`. */
  async function clientRunIn(origin: string): Promise<unknown> {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      return await page.evaluate(
        async ({ api, account, pdf }) => {
          try {
            const login = await fetch(`${api}/api/v1/auth/login`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ username: account.username, password: account.password }),
            });
            const { access_token } = (await login.json()) as { access_token: string };
            const auth = { Authorization: `Bearer ${access_token}` };
            const form = new FormData();
            form.append(
              'file',
              new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }),
              'p.pdf',
            );
            const upload = await fetch(`${api}/api/v1/files`, {
              method: 'POST',
              headers: auth,
              body: form,
            });
            const { id } = (await upload.json()) as { id: string };
            const ranged = await fetch(`${api}/api/v1/files/${id}/content`, {
              headers: { ...auth, Range: 'bytes=0-3', 'X-Request-Id': 'browser-cors-1' },
            });
            return {
              login: login.status,
              upload: upload.status,
              ranged: ranged.status,
              text: await ranged.text(),
              etag: ranged.headers.get('ETag'),
              contentRange: ranged.headers.get('Content-Range'),
              disposition: ranged.headers.get('Content-Disposition'),
              requestId: ranged.headers.get('X-Request-Id'),
            };
          } catch (error) {
            return { blocked: String(error) };
          }
        },
        { api: server.baseUrl, account: ACCOUNT, pdf: [...FIXTURES.pdf] },
      );
    } finally {
      await page.close();
    }
  }

  it('lets a page of an allowed origin sign in, upload and read a range with its headers', async () => {
    const outcome = await clientRunIn(allowed.origin);
    expect(outcome).toEqual({
      login: 200,
      upload: 201,
      ranged: 206,
      text: '%PDF',
      etag: expect.stringMatching(/^"[0-9a-f]{64}"$/),
      contentRange: `bytes 0-3/${FIXTURES.pdf.length}`,
      disposition: expect.stringContaining('attachment'),
      requestId: 'browser-cors-1',
    });
  });

  it('blocks a page of any other origin', async () => {
    const outcome = await clientRunIn(refused.origin);
    expect(outcome).toEqual({ blocked: expect.stringContaining('Failed to fetch') });
  });
});
