import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer } from './processes';

export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  schema?: Schema & { example?: unknown; default?: unknown };
}

export interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { summary?: string; value: unknown }>;
}

export interface Operation {
  operationId: string;
  summary?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<
    string,
    { content?: Record<string, MediaType>; headers?: Record<string, unknown> }
  >;
}

export interface OpenApiDocument {
  servers?: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<
      string,
      { properties?: Record<string, Record<string, unknown>>; required?: string[] }
    >;
    securitySchemes: Record<string, unknown>;
  };
}

/**
 * The document a built server (dist/) with these settings serves at /docs-json.
 * Only the built app has the Swagger CLI plugin's metadata, so this is what
 * clients see; Jest's in-process app would document less.
 */
export async function documentOf(env: Record<string, string> = {}): Promise<OpenApiDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'rvp-openapi-'));
  const port = await freePort();
  const server = await startServer({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
    STORAGE_DIR: join(dir, 'files'),
    JWT_SECRET: 'openapi-test-only-key-0123456789-abcdefghijklmn',
    ...env,
  });
  try {
    return (await (await fetch(`http://127.0.0.1:${port}/docs-json`)).json()) as OpenApiDocument;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

export const operationsOf = (document: OpenApiDocument): Array<[string, string, Operation]> =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, operation]) => [path, method, operation] as [string, string, Operation],
    ),
  );
