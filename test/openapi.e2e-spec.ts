import { documentOf, operationsOf, type OpenApiDocument } from './support/openapi';
import { assertBuilt } from './support/processes';
import { startTestApp } from './support/test-app';

/** Every `$ref` anywhere in the document, with where it is. */
function refsIn(node: unknown, at = '#'): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((item, i) => refsIn(item, `${at}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string'
      ? [[at, value] as [string, string]]
      : refsIn(value, `${at}/${key}`),
  );
}

function resolves(document: OpenApiDocument, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let node: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

const PUBLIC_PATHS = [
  '/api/v1',
  '/api/v1/health',
  '/api/v1/health/ready',
  '/metrics',
  '/api/v1/auth/register',
  '/api/v1/auth/login',
  '/api/v1/auth/refresh-token',
  '/api/v1/auth/request-password-reset',
  '/api/v1/auth/reset-password',
  '/api/v1/auth/sso/providers',
  '/api/v1/auth/sso/{provider}/authorize',
  '/api/v1/auth/sso/{provider}/callback',
  '/api/v1/auth/sso/exchange',
  '/api/v1/auth/verify-email',
  '/api/v1/auth/mfa/verify',
];

/**
 * The OpenAPI document of the built app (the Swagger CLI plugin runs in
 * `nest build`, not under Jest): every operation documented the way SPEC §6
 * asks, and the client contract of SPEC §7.
 */
describe('OpenAPI document of the built server', () => {
  let document: OpenApiDocument;

  beforeAll(async () => {
    assertBuilt();
    document = await documentOf();
  });

  it('gives every operation a summary, a success response and documented errors', () => {
    expect(operationsOf(document).length).toBeGreaterThan(15);
    for (const [path, method, operation] of operationsOf(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect({
        where,
        summary: typeof operation.summary === 'string' && operation.summary.length > 3,
      }).toEqual({ where, summary: true });
      const statuses = Object.keys(operation.responses);
      // A 302 is the success of the single sign-on routes a browser navigates to.
      expect({ where, success: statuses.some((s) => /^(2\d\d|302)$/.test(s)) }).toEqual({
        where,
        success: true,
      });
      // Take no input and depend on nothing a client controls: no client error is possible
      // (readiness documents its 503; the SSO provider list comes from settings). redocly.yaml turns operation-4xx-response off for them.
      if (!['/api/v1', '/api/v1/health', '/metrics', '/api/v1/auth/sso/providers'].includes(path)) {
        expect({ where, errors: statuses.some((s) => /^[45]\d\d$/.test(s)) }).toEqual({
          where,
          errors: true,
        });
      }
      for (const status of statuses.filter((s) => /^[45]\d\d$/.test(s))) {
        expect(Object.keys(operation.responses[status].content ?? {})).toContain(
          'application/problem+json',
        );
      }
    }
  });

  it('resolves every $ref', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter(([, ref]) => !resolves(document, ref))).toEqual([]);
    expect(document.components.schemas.DependencyStatusDto).toBeDefined();
  });

  it('names operations with unique, short lowerCamelCase verbs', () => {
    const ids = operationsOf(document).map(([, , operation]) => operation.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]{2,30}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const byRoute = Object.fromEntries(
      operationsOf(document).map(([path, method, op]) => [
        `${method.toUpperCase()} ${path}`,
        op.operationId,
      ]),
    );
    expect(byRoute).toMatchObject({
      'POST /api/v1/auth/login': 'login',
      'GET /api/v1/auth/me': 'getMe',
      'GET /api/v1/files': 'listFiles',
      'POST /api/v1/files': 'uploadFile',
      'GET /api/v1/files/{id}/content': 'downloadFileContent',
      'DELETE /api/v1/files/{id}': 'deleteFile',
      'POST /api/v1/tokens': 'createPersonalToken',
    });
  });

  it('serves itself as the server, declares public routes with security: [] and bearer auth with 401 elsewhere', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    for (const [path, method, operation] of operationsOf(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (PUBLIC_PATHS.includes(path)) {
        expect({ where, security: operation.security }).toEqual({ where, security: [] });
        continue;
      }
      expect({
        where,
        bearer: JSON.stringify(operation.security ?? []).includes('bearer'),
      }).toEqual({ where, bearer: true });
      expect({ where, has401: '401' in operation.responses }).toEqual({ where, has401: true });
    }
  });

  it('never requires a header parameter; range and conditional headers are optional', () => {
    const headers = operationsOf(document).flatMap(([path, method, op]) =>
      (op.parameters ?? [])
        .filter((p) => p.in === 'header')
        .map((p) => ({ where: `${method} ${path}`, name: p.name, required: p.required })),
    );
    expect(headers.filter((h) => h.required)).toEqual([]);
    const download = document.paths['/api/v1/files/{id}/content'].get;
    expect(
      (download.parameters ?? [])
        .filter((p) => p.in === 'header')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['If-None-Match', 'If-Range', 'Range']);
  });

  it('types counts, sizes, offsets and limits as integers', () => {
    const schemas = document.components.schemas;
    for (const page of [
      'FilesPageDto',
      'UsersPageDto',
      'SessionsPageDto',
      'PersonalTokensPageDto',
    ]) {
      for (const field of ['total', 'offset', 'limit']) {
        expect({ page, field, type: schemas[page].properties?.[field]?.type }).toEqual({
          page,
          field,
          type: 'integer',
        });
      }
    }
    expect(schemas.FileResponseDto.properties?.size?.type).toBe('integer');
    expect(schemas.AuthTokensDto.properties?.expires_in?.type).toBe('integer');
    expect(schemas.ProblemDetailsDto.properties?.status?.type).toBe('integer');
    const numbers = JSON.stringify(document).match(/"type":"number"/g) ?? [];
    expect(numbers).toEqual([]);
  });

  it('takes uploads as multipart/form-data with `file` as binary', () => {
    const upload = document.paths['/api/v1/files'].post;
    expect(Object.keys(upload.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
    const ref = (upload.requestBody?.content['multipart/form-data'].schema as { $ref: string })
      .$ref;
    const schema = document.components.schemas[ref.split('/').pop() as string];
    expect(schema.properties?.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(schema.required).toEqual(['file']);
  });

  it('lists on each error response the codes that route can answer with', () => {
    for (const [path, method, operation] of operationsOf(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const schema = response.content?.['application/problem+json']?.schema as {
          allOf?: Array<{ properties?: { code?: { enum?: string[] } } }>;
        };
        const codes = schema.allOf?.[1]?.properties?.code?.enum ?? [];
        expect({ where: `${method} ${path} ${status}`, codes: codes.length > 0 }).toEqual({
          where: `${method} ${path} ${status}`,
          codes: true,
        });
        for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      }
    }
    const upload = document.paths['/api/v1/files'].post.responses;
    const codesOf = (status: string) =>
      (
        upload[status].content?.['application/problem+json']?.schema as {
          allOf: Array<{ properties?: { code?: { enum?: string[] } } }>;
        }
      ).allOf[1].properties?.code?.enum;
    expect(codesOf('413')).toEqual(['FILE_TOO_LARGE']);
    expect(codesOf('401')).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'TOKEN_REVOKED']),
    );
  });

  it('pre-fills no list filter (Swagger UI would send it) and logs in with one identifier', () => {
    for (const [path, method, operation] of operationsOf(document)) {
      for (const parameter of operation.parameters ?? []) {
        // A required parameter's example is what Try it out needs (SSO's redirect_uri).
        if (parameter.in !== 'query' || parameter.required) continue;
        expect({
          where: `${method} ${path} ?${parameter.name}`,
          example: parameter.example ?? parameter.schema?.example,
        }).toEqual({ where: `${method} ${path} ?${parameter.name}`, example: undefined });
      }
    }
    const login = document.paths['/api/v1/auth/login'].post.requestBody?.content as Record<
      string,
      { examples?: Record<string, { value: Record<string, unknown> }> }
    >;
    for (const media of ['application/json', 'application/x-www-form-urlencoded']) {
      const examples = Object.values(login[media].examples ?? {});
      expect(examples.length).toBeGreaterThan(0);
      for (const { value } of examples) {
        const keys = Object.keys(value);
        expect(keys).toContain('password');
        expect(keys.filter((key) => key === 'username' || key === 'email')).toHaveLength(1);
        expect(keys.filter((key) => !['username', 'email', 'password'].includes(key))).toEqual([]);
      }
    }
  });

  it('documents request bodies with their fields, including the OAuth2 login form', () => {
    const register = document.paths['/api/v1/auth/register'].post;
    expect(register.requestBody).toBeDefined();
    const registerSchema = document.components.schemas.RegisterDto;
    expect(Object.keys(registerSchema.properties ?? {}).sort()).toEqual([
      'email',
      'password',
      'username',
    ]);
    expect(registerSchema.required?.sort()).toEqual(['email', 'password', 'username']);
    const login = document.paths['/api/v1/auth/login'].post;
    expect(Object.keys(login.requestBody?.content ?? {})).toEqual(
      expect.arrayContaining(['application/json', 'application/x-www-form-urlencoded']),
    );
    expect(Object.keys(document.components.schemas.UserResponseDto.properties ?? {})).not.toContain(
      'hashed_password',
    );
  });

  it('documents Cache-Control: no-store and Pragma: no-cache on every response that hands out a token', () => {
    const tokenResponses: Array<[string, string, string]> = [
      ['/api/v1/auth/register', 'post', '201'],
      ['/api/v1/auth/login', 'post', '200'],
      ['/api/v1/auth/refresh-token', 'post', '200'],
      ['/api/v1/tokens', 'post', '201'],
    ];
    for (const [path, method, status] of tokenResponses) {
      const headers = document.paths[path][method].responses[status].headers ?? {};
      expect({ path, headers: Object.keys(headers).sort() }).toEqual({
        path,
        headers: ['Cache-Control', 'Pragma'],
      });
    }
  });

  it('declares the bearer scheme and the OAuth2 password flow Swagger UI signs in with', () => {
    expect(document.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(document.components.securitySchemes.oauth2).toMatchObject({
      type: 'oauth2',
      flows: { password: { tokenUrl: '/api/v1/auth/login' } },
    });
    expect(document.paths['/api/v1/auth/me'].get.security).toEqual(
      expect.arrayContaining([{ bearer: [] }, { oauth2: [] }]),
    );
  });

  it('outside production without METRICS_TOKEN: /metrics is open, with no metrics scheme', () => {
    expect(document.paths['/metrics'].get.security).toEqual([]);
    expect(document.paths['/metrics'].get.responses['401']).toBeUndefined();
    expect(document.components.securitySchemes['metrics-token']).toBeUndefined();
  });
});

/**
 * How /metrics is documented depends only on the settings (finalizeDocument), not on the
 * Swagger CLI plugin's metadata, so an in-process app serves the document faster than a
 * spawned built server would.
 */
describe('OpenAPI document: /metrics as configured', () => {
  async function documentOfApp(env: Record<string, string>): Promise<OpenApiDocument> {
    const t = await startTestApp(env);
    try {
      return (await t.http.get('/docs-json').expect(200)).body as OpenApiDocument;
    } finally {
      await t.close();
    }
  }

  it('with METRICS_TOKEN: declares the metrics scheme on /metrics, with its 401', async () => {
    const document = await documentOfApp({ METRICS_TOKEN: 'scrape-token-0123456789abcdef' });
    expect(document.components.securitySchemes['metrics-token']).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(document.paths['/metrics'].get.security).toEqual([{ 'metrics-token': [] }]);
    expect(document.paths['/metrics'].get.responses['401']).toBeDefined();
  });

  it('in production without a token: /metrics is not in the document (it answers 404)', async () => {
    const document = await documentOfApp({ NODE_ENV: 'production' });
    expect(document.paths['/metrics']).toBeUndefined();
    expect(document.components.securitySchemes['metrics-token']).toBeUndefined();
  });

  it('in production with METRICS_PUBLIC=true: /metrics is open', async () => {
    const document = await documentOfApp({ NODE_ENV: 'production', METRICS_PUBLIC: 'true' });
    expect(document.paths['/metrics'].get.security).toEqual([]);
    expect(document.components.securitySchemes['metrics-token']).toBeUndefined();
  });
});
