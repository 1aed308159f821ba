import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_PREFIX, API_TITLE, API_VERSION } from '../../app-info';
import type { MetricsAccess } from '../../config/app.config';
import { problemResponseObject } from './api-problem-responses.decorator';

/** The security requirement `@Public()` leaves on an operation: "no credentials needed". */
export const ANONYMOUS_REQUIREMENT = {} as const;

/** The OpenAPI extension naming the scope a personal access token needs for an operation (`@Auth({ scope })`). */
export const REQUIRED_SCOPE_EXTENSION = 'x-required-scope';

export const METRICS_PATH = '/metrics';
const METRICS_SCHEME = 'metrics-token';

const LOWER_CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Operation ids are the controller methods' names (`login`, `getMe`,
 * `uploadFile`, `downloadFileContent`): generated clients name their
 * functions after them, so they are short verbs, stable as long as the method
 * keeps its name, and unique across the document. Nest's default
 * (`AuthController_login`) would leak class names into every client.
 *
 * One factory per document, so uniqueness is checked per build; a clash or a
 * name that is not lowerCamelCase stops the build rather than publishing it.
 */
export function operationIdFactory(): (controllerKey: string, methodKey: string) => string {
  const owners = new Map<string, string>();
  return (controllerKey, methodKey) => {
    const owner = `${controllerKey}.${methodKey}`;
    if (!LOWER_CAMEL_CASE.test(methodKey)) {
      throw new Error(`Operation id ${owner} must be lowerCamelCase (it names client functions)`);
    }
    const previous = owners.get(methodKey);
    if (previous !== undefined && previous !== owner) {
      throw new Error(
        `Operation id "${methodKey}" is used by ${previous} and ${owner}: rename one of the methods`,
      );
    }
    owners.set(methodKey, owner);
    return methodKey;
  };
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.values(document.paths).flatMap((item) =>
    METHODS.map((method) => item[method]).filter((op): op is Operation => op !== undefined),
  );
}

export interface DocumentExposure {
  metricsAccess: MetricsAccess;
}

/** Media types the body parsers read before any route runs (see bootstrap). */
const PARSED_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded'];

type ProblemResponse = ReturnType<typeof problemResponseObject>;

/**
 * Adds `codes` to the operation's problem response for `status`, creating it
 * when the route's decorators do not list that status.
 */
function addProblemCodes(operation: Operation, status: number, codes: string[]): void {
  const key = String(status);
  const existing = operation.responses[key] as ProblemResponse | undefined;
  // Only a problem response made by problemResponseObject has a code list to extend.
  const problem = existing?.content?.['application/problem+json'] as
    { schema: { allOf: Array<{ properties?: { code?: { enum?: string[] } } }> } } | undefined;
  const listed = problem?.schema.allOf[1]?.properties?.code?.enum;
  if (!existing || !listed) {
    operation.responses[key] ??= problemResponseObject({ status, codes }, PROBLEM_SCHEMA);
    return;
  }
  const added = codes.filter((code) => !listed.includes(code));
  if (added.length === 0) return;
  listed.push(...added);
  existing.description = existing.description.replace(
    /Codes: (.*)\.$/,
    (_all, list: string) => `Codes: ${list}, ${added.map((code) => `\`${code}\``).join(', ')}.`,
  );
}

const PROBLEM_SCHEMA = '#/components/schemas/ProblemDetailsDto';

/**
 * What the decorators cannot say, because it happens before or around every route:
 * - an operation with a JSON or form body can get the body parsers' errors
 *   (400 malformed or too deep, 413 over JSON_BODY_LIMIT_BYTES, 408 when the
 *   body does not arrive within REQUEST_BODY_TIMEOUT_SECONDS);
 * - an operation that reads the database (every authenticated one, and every
 *   public one with a body) can get 503 DATABASE_UNAVAILABLE during an outage;
 * - an operation a scoped token can call says which scope in its description
 *   (beside its `x-required-scope`);
 * - public routes carry `security: []` (Nest drops an empty list, so `@Public()`
 *   marks them with the anonymous requirement `{}` and it becomes `[]` here);
 * - `/metrics` is documented as it is configured: behind the metrics token
 *   (and only then is that scheme declared), open, or absent when it is off.
 */
export function finalizeDocument(
  document: OpenAPIObject,
  exposure: DocumentExposure,
): OpenAPIObject {
  for (const operation of operationsOf(document)) {
    const scope = (operation as unknown as Record<string, unknown>)[REQUIRED_SCOPE_EXTENSION];
    if (typeof scope === 'string') {
      // Said in prose too, so generated clients carry it in their doc comments.
      operation.description =
        `${operation.description ?? ''}\n\nPersonal access tokens need the \`${scope}\` scope.`.trim();
    }
    const bodyTypes = Object.keys(
      (operation.requestBody as { content?: object } | undefined)?.content ?? {},
    );
    const parsedBody = bodyTypes.some((type) => PARSED_BODY_TYPES.includes(type));
    if (parsedBody) {
      for (const status of [400, 413]) {
        operation.responses[String(status)] ??= problemResponseObject({ status }, PROBLEM_SCHEMA);
      }
      addProblemCodes(operation, 408, ['REQUEST_TIMEOUT']);
    }
    const authenticated = (operation.security ?? []).some(
      (requirement) => Object.keys(requirement).length > 0,
    );
    if (authenticated || parsedBody) addProblemCodes(operation, 503, ['DATABASE_UNAVAILABLE']);
    const security = operation.security;
    if (security?.some((requirement) => Object.keys(requirement).length === 0)) {
      if (security.length > 1) {
        throw new Error(
          `Operation ${operation.operationId} is public and also declares credentials; drop one`,
        );
      }
      operation.security = [];
    }
  }

  const metrics = document.paths[METRICS_PATH]?.get;
  if (metrics) {
    if (exposure.metricsAccess === 'off') {
      delete document.paths[METRICS_PATH];
    } else if (exposure.metricsAccess === 'token') {
      metrics.security = [{ [METRICS_SCHEME]: [] }];
      document.components = {
        ...document.components,
        securitySchemes: {
          ...document.components?.securitySchemes,
          [METRICS_SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            description: 'The METRICS_TOKEN setting.',
          },
        },
      };
    } else {
      metrics.security = [];
      // Nobody is refused when the route is open.
      delete metrics.responses['401'];
    }
  }
  return document;
}

/** The OpenAPI document served at /docs-json: the contract clients are generated from. */
export function buildOpenApiDocument(
  app: INestApplication,
  exposure: DocumentExposure,
): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(API_TITLE)
    .setDescription(
      'Backend of the ReViewPoint platform: researchers upload scientific papers for review. ' +
        'Manages users, their uploaded files and the tokens that authenticate them. ' +
        'Every error is an RFC 9457 problem document (`application/problem+json`) with a stable `code`; ' +
        'each error response lists the codes that route can answer with.',
    )
    .setVersion(API_VERSION)
    // Paths carry the full prefix, so the server is the origin the document is served from.
    .addServer('/', 'The server that serves this document')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'An access token from /auth/login, /auth/register or /auth/refresh-token.',
      },
      'bearer',
    )
    // Lets Swagger UI's Authorize button sign in with a username (or email) and password.
    .addOAuth2(
      {
        type: 'oauth2',
        description: 'Sign in with a username (or email) and password, as Swagger UI does.',
        flows: { password: { tokenUrl: `/${API_PREFIX}/auth/login`, scopes: {} } },
      },
      'oauth2',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-API-Key',
        description: 'A personal access token (rvp_…), instead of a bearer token.',
      },
      'api-key',
    )
    .build();
  // Not open source (package.json: UNLICENSED); said here so integrators need not guess.
  config.info.license = { name: 'Proprietary (UNLICENSED)' };
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: operationIdFactory(),
  });
  return finalizeDocument(document, exposure);
}
