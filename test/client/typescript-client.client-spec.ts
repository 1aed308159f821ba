import {
  ApiProblemError,
  createReViewPointClient,
  unwrap,
  type components,
  type ProblemCode,
} from '../../clients/typescript/src';
import { FIXTURES } from '../support/file-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type AuthTokens = components['schemas']['AuthTokensDto'];

// Compile-time checks (npm run typecheck): codes are the document's, not any string.
export const knownCode: ProblemCode = 'FILE_NOT_FOUND';
// @ts-expect-error -- not a code any route lists
export const unknownCode: ProblemCode = 'NO_SUCH_CODE';

/** What `unwrap` rejects with, for assertions on `code` and `status`. */
async function problemOf(pending: Promise<unknown>): Promise<ApiProblemError> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof ApiProblemError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a problem');
}

/**
 * The whole life of an integrator, through the generated client (clients/typescript)
 * against the running app: every call is typed from the committed OpenAPI document,
 * so a contract the server no longer keeps fails here.
 */

/**
 * Login answers the tokens, or `{mfa_required, mfa_token}` for an account with
 * two-factor authentication on (then POST /auth/mfa/verify); none here has it.
 */
function tokensOf<T extends object>(body: T): Exclude<T, { mfa_required: true }> {
  if ('mfa_required' in body) throw new Error('unexpected second-factor step');
  return body as Exclude<T, { mfa_required: true }>;
}

describe('TypeScript client (openapi-typescript + openapi-fetch) against the running app', () => {
  let t: TestApp;
  let session: AuthTokens | undefined;
  const account = {
    username: `client_${process.pid}`,
    email: `client_${process.pid}@example.org`,
    password: 'correct horse battery staple',
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const api = () =>
    createReViewPointClient({ baseUrl: t.baseUrl, accessToken: () => session?.access_token });

  it('registers, then signs in with JSON and with the OAuth2 form', async () => {
    const registered = await unwrap(api().POST('/api/v1/auth/register', { body: account }));
    expect(registered.token_type).toBe('bearer');
    expect(registered.user.username).toBe(account.username);

    const json = tokensOf(
      await unwrap(
        api().POST('/api/v1/auth/login', {
          body: { username: account.username, password: account.password },
        }),
      ),
    );
    expect(json.user.id).toBe(registered.user.id);

    // The OAuth2 password form Swagger UI sends: `username` holds the email here.
    const sent: Array<{ type: string | null; body: string }> = [];
    const form = tokensOf(
      await unwrap(
        api().POST('/api/v1/auth/login', {
          body: { grant_type: 'password', username: account.email, password: account.password },
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          fetch: async (request: Request) => {
            sent.push({
              type: request.headers.get('Content-Type'),
              body: await request.clone().text(),
            });
            return fetch(request);
          },
        }),
      ),
    );
    expect(form.user.id).toBe(registered.user.id);
    expect(sent).toEqual([
      {
        type: 'application/x-www-form-urlencoded',
        body: new URLSearchParams({
          grant_type: 'password',
          username: account.email,
          password: account.password,
        }).toString(),
      },
    ]);
    session = form;

    const wrong = await problemOf(
      unwrap(
        api().POST('/api/v1/auth/login', {
          body: { username: account.username, password: 'not the password at all' },
        }),
      ),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.requestId).toEqual(expect.any(String));
  });

  it('reads the caller, with the access token and with a personal access token', async () => {
    const me = await unwrap(api().GET('/api/v1/auth/me'));
    expect(me.email).toBe(account.email);

    const created = await unwrap(
      api().POST('/api/v1/tokens', { body: { name: 'client test', expires_in_days: 30 } }),
    );
    expect(created.token).toMatch(/^rvp_/);

    const viaApiKey = createReViewPointClient({ baseUrl: t.baseUrl, apiKey: created.token });
    expect((await unwrap(viaApiKey.GET('/api/v1/auth/me'))).id).toBe(me.id);
    const viaBearer = createReViewPointClient({ baseUrl: t.baseUrl, accessToken: created.token });
    expect((await unwrap(viaBearer.GET('/api/v1/auth/me'))).id).toBe(me.id);

    const listed = await unwrap(viaApiKey.GET('/api/v1/tokens'));
    expect(listed.items.map((token) => token.id)).toContain(created.id);
    expect(() =>
      createReViewPointClient({ baseUrl: t.baseUrl, apiKey: 'x', accessToken: 'y' }),
    ).toThrow(/not both/);
  });

  it('uploads a Blob, lists it, downloads a range, gets 304 for its ETag, and deletes it', async () => {
    const pdf = new Blob([FIXTURES.pdf], { type: 'application/pdf' });
    const uploaded = await unwrap(api().POST('/api/v1/files', { body: { file: pdf } }));
    expect(uploaded).toMatchObject({ content_type: 'application/pdf', size: FIXTURES.pdf.length });

    const named = new File([FIXTURES.pdf], 'paper.pdf', { type: 'application/pdf' });
    const second = await unwrap(api().POST('/api/v1/files', { body: { file: named } }));
    expect(second.filename).toBe('paper.pdf');

    const page = await unwrap(
      api().GET('/api/v1/files', { params: { query: { limit: 10, sort: 'filename' } } }),
    );
    expect(page.total).toBe(2);
    expect(page.items.map((file) => file.id).sort()).toEqual([uploaded.id, second.id].sort());

    const ranged = await api().GET('/api/v1/files/{id}/content', {
      params: { path: { id: uploaded.id }, header: { Range: 'bytes=0-7' } },
      parseAs: 'arrayBuffer',
    });
    expect(ranged.response.status).toBe(206);
    expect(ranged.response.headers.get('Content-Range')).toBe(`bytes 0-7/${FIXTURES.pdf.length}`);
    expect(Buffer.from(ranged.data as ArrayBuffer)).toEqual(FIXTURES.pdf.subarray(0, 8));

    const whole = await api().GET('/api/v1/files/{id}/content', {
      params: { path: { id: uploaded.id } },
      parseAs: 'blob',
    });
    expect(whole.response.status).toBe(200);
    expect(Buffer.from(await (whole.data as Blob).arrayBuffer())).toEqual(FIXTURES.pdf);
    const etag = whole.response.headers.get('ETag') as string;

    const notModified = await api().GET('/api/v1/files/{id}/content', {
      params: { path: { id: uploaded.id }, header: { 'If-None-Match': etag } },
      parseAs: 'blob',
    });
    expect(notModified.response.status).toBe(304);

    await unwrap(api().DELETE('/api/v1/files/{id}', { params: { path: { id: uploaded.id } } }));
    const gone = await problemOf(
      unwrap(api().GET('/api/v1/files/{id}', { params: { path: { id: uploaded.id } } })),
    );
    expect(gone.status).toBe(404);
    expect(gone.code).toBe('FILE_NOT_FOUND');
  });

  it('refreshes (rotating the refresh token), then logs out', async () => {
    const before = session as AuthTokens;
    const refreshed = await unwrap(
      api().POST('/api/v1/auth/refresh-token', { body: { refresh_token: before.refresh_token } }),
    );
    expect(refreshed.refresh_token).not.toBe(before.refresh_token);
    session = refreshed;
    expect((await unwrap(api().GET('/api/v1/auth/me'))).email).toBe(account.email);

    await unwrap(api().POST('/api/v1/auth/logout'));
    const after = await problemOf(unwrap(api().GET('/api/v1/auth/me')));
    expect(after.status).toBe(401);
    expect(['TOKEN_REVOKED', 'TOKEN_INVALID']).toContain(after.code);
    const reuse = await problemOf(
      unwrap(
        api().POST('/api/v1/auth/refresh-token', {
          body: { refresh_token: refreshed.refresh_token },
        }),
      ),
    );
    expect(reuse.status).toBe(401);
  });
});
