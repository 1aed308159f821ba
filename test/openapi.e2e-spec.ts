import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, freePort, startServer } from './support/processes';

interface Operation {
  summary?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<
    string,
    { content?: Record<string, unknown>; headers?: Record<string, unknown> }
  >;
}

/**
 * The OpenAPI document of the built app (the Swagger CLI plugin runs in
 * `nest build`, not under Jest): every operation documented the way SPEC §6
 * asks — a summary, its request schema, its success and error responses.
 */
describe('OpenAPI document of the built server', () => {
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: {
      schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
      securitySchemes: Record<string, unknown>;
    };
  };
  let dir: string;

  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'rvp-openapi-'));
    const port = await freePort();
    const server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
    });
    try {
      document = (await (
        await fetch(`http://127.0.0.1:${port}/docs-json`)
      ).json()) as typeof document;
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const operations = (): Array<[string, string, Operation]> =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(
        ([method, operation]) => [path, method, operation] as [string, string, Operation],
      ),
    );

  it('gives every operation a summary, a success response and documented errors', () => {
    expect(operations().length).toBeGreaterThan(15);
    for (const [path, method, operation] of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect({
        where,
        summary: typeof operation.summary === 'string' && operation.summary.length > 3,
      }).toEqual({ where, summary: true });
      const statuses = Object.keys(operation.responses);
      expect({ where, success: statuses.some((s) => /^2\d\d$/.test(s)) }).toEqual({
        where,
        success: true,
      });
      if (path !== '/api/v1' && path !== '/api/v1/health') {
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

  it('documents bearer auth and 401 on every non-public operation', () => {
    const open = [
      '/api/v1',
      '/api/v1/health',
      '/api/v1/health/ready',
      '/metrics',
      '/api/v1/auth/register',
      '/api/v1/auth/login',
      '/api/v1/auth/refresh-token',
      '/api/v1/auth/request-password-reset',
      '/api/v1/auth/reset-password',
    ];
    for (const [path, method, operation] of operations()) {
      if (open.includes(path)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      expect({
        where,
        bearer: JSON.stringify(operation.security ?? []).includes('bearer'),
      }).toEqual({ where, bearer: true });
      expect({ where, has401: '401' in operation.responses }).toEqual({ where, has401: true });
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
    expect(document.components.securitySchemes['metrics-token']).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(document.paths['/api/v1/auth/me'].get.security).toEqual(
      expect.arrayContaining([{ bearer: [] }, { oauth2: [] }]),
    );
  });
});
