import type { OpenAPIObject } from '@nestjs/swagger';
import { finalizeDocument, operationIdFactory } from './openapi-document';

describe('operationIdFactory', () => {
  it('uses the method name as the operation id', () => {
    const ids = operationIdFactory();
    expect(ids('FilesController', 'uploadFile')).toBe('uploadFile');
    expect(ids('AuthController', 'getMe')).toBe('getMe');
    // The same route asked twice (Nest does, for links) is not a clash.
    expect(ids('AuthController', 'getMe')).toBe('getMe');
  });

  it('refuses two routes with one id, naming both', () => {
    const ids = operationIdFactory();
    ids('FilesController', 'list');
    expect(() => ids('UsersController', 'list')).toThrow(
      /"list" is used by FilesController\.list and UsersController\.list/,
    );
  });

  it('refuses ids that are not lowerCamelCase', () => {
    const ids = operationIdFactory();
    expect(() => ids('FilesController', 'Upload')).toThrow(/lowerCamelCase/);
    expect(() => ids('FilesController', 'upload_file')).toThrow(/lowerCamelCase/);
  });

  it('checks uniqueness per document, not per process', () => {
    operationIdFactory()('FilesController', 'list');
    expect(operationIdFactory()('UsersController', 'list')).toBe('list');
  });
});

function documentWith(paths: OpenAPIObject['paths']): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

const metricsPath = () => ({
  get: {
    operationId: 'getMetrics',
    security: [{}],
    responses: { 200: { description: 'ok' }, 401: { description: 'no' } },
  },
});

describe('finalizeDocument', () => {
  it('turns the anonymous requirement of @Public() into security: []', () => {
    const document = finalizeDocument(
      documentWith({
        '/a': { get: { operationId: 'a', security: [{}], responses: {} } },
        '/b': { get: { operationId: 'b', security: [{ bearer: [] }], responses: {} } },
      }),
      { metricsAccess: 'open' },
    );
    expect(document.paths['/a'].get?.security).toEqual([]);
    expect(document.paths['/b'].get?.security).toEqual([{ bearer: [] }]);
  });

  it('refuses a route that is both public and behind credentials', () => {
    expect(() =>
      finalizeDocument(
        documentWith({
          '/a': { get: { operationId: 'a', security: [{}, { bearer: [] }], responses: {} } },
        }),
        { metricsAccess: 'open' },
      ),
    ).toThrow(/public and also declares credentials/);
  });

  it('documents /metrics as configured', () => {
    const token = finalizeDocument(documentWith({ '/metrics': metricsPath() }), {
      metricsAccess: 'token',
    });
    expect(token.paths['/metrics'].get?.security).toEqual([{ 'metrics-token': [] }]);
    expect(token.paths['/metrics'].get?.responses[401]).toBeDefined();
    expect(token.components?.securitySchemes?.['metrics-token']).toMatchObject({ type: 'http' });
    expect(token.components?.securitySchemes?.bearer).toBeDefined();

    const open = finalizeDocument(documentWith({ '/metrics': metricsPath() }), {
      metricsAccess: 'open',
    });
    expect(open.paths['/metrics'].get?.security).toEqual([]);
    expect(open.paths['/metrics'].get?.responses[401]).toBeUndefined();
    expect(open.components?.securitySchemes?.['metrics-token']).toBeUndefined();

    const off = finalizeDocument(documentWith({ '/metrics': metricsPath() }), {
      metricsAccess: 'off',
    });
    expect(off.paths['/metrics']).toBeUndefined();
  });
});

describe('finalizeDocument: errors that happen around every route', () => {
  const jsonBody = { content: { 'application/json': { schema: {} } } };
  const codesOf = (response: unknown) =>
    (
      response as {
        content: Record<
          string,
          { schema: { allOf: Array<{ properties?: { code?: { enum?: string[] } } }> } }
        >;
      }
    ).content['application/problem+json'].schema.allOf[1].properties?.code?.enum;

  it('lists the body parsers’ 400, 408 and 413 on an operation with a JSON body', () => {
    const document = finalizeDocument(
      documentWith({
        '/login': {
          post: { operationId: 'login', security: [{}], requestBody: jsonBody, responses: {} },
        },
        '/index': { get: { operationId: 'index', security: [{}], responses: {} } },
      }),
      { metricsAccess: 'open' },
    );
    const login = document.paths['/login'].post?.responses ?? {};
    expect(codesOf(login['400'])).toEqual(['MALFORMED_JSON', 'BODY_TOO_DEEP']);
    expect(codesOf(login['408'])).toEqual(['REQUEST_TIMEOUT']);
    expect(codesOf(login['413'])).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(codesOf(login['503'])).toEqual(['DATABASE_UNAVAILABLE']);
    expect(Object.keys(document.paths['/index'].get?.responses ?? {})).toEqual([]);
  });

  it('adds DATABASE_UNAVAILABLE to an authenticated operation’s own 503 codes and description', () => {
    const document = finalizeDocument(
      documentWith({
        '/files': {
          post: {
            operationId: 'uploadFile',
            security: [{ bearer: [] }],
            responses: {
              503: {
                description: 'A dependency is unavailable. Codes: `STORAGE_UNAVAILABLE`.',
                content: {
                  'application/problem+json': {
                    schema: {
                      allOf: [{}, { properties: { code: { enum: ['STORAGE_UNAVAILABLE'] } } }],
                    },
                  },
                },
              },
            },
          },
        },
      }),
      { metricsAccess: 'open' },
    );
    const unavailable = document.paths['/files'].post?.responses['503'] as { description: string };
    expect(codesOf(unavailable)).toEqual(['STORAGE_UNAVAILABLE', 'DATABASE_UNAVAILABLE']);
    expect(unavailable.description).toMatch(
      /Codes: `STORAGE_UNAVAILABLE`, `DATABASE_UNAVAILABLE`\.$/,
    );
  });
});
