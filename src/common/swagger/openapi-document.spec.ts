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
