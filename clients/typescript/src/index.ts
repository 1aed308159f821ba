/**
 * A typed client for the ReViewPoint Core API: openapi-fetch over the types
 * openapi-typescript generates from the API's OpenAPI document (schema.ts).
 * This file adds only what every caller needs: the base URL, credentials,
 * multipart bodies, and problem responses turned into a typed error.
 */
import createFetchClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

/** Every problem document the API can answer with, per the document. */
type ResponsesOf<Operation> = Operation extends { responses: infer R } ? R[keyof R] : never;
type ProblemIn<Response> = Response extends {
  content: { 'application/problem+json': infer Problem };
}
  ? Problem
  : never;
export type Problem = ProblemIn<ResponsesOf<operations[keyof operations]>>;
/** The union of every `code` any route lists; a typo in a comparison does not compile. */
export type ProblemCode = Problem['code'];

/** An RFC 9457 problem answer (4xx/5xx with `application/problem+json`). */
export class ApiProblemError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly problem: Problem;
  /** Also in the server's logs; quote it when reporting a problem. */
  readonly requestId: string | undefined;

  constructor(problem: Problem, response: Response) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.name = 'ApiProblemError';
    this.status = response.status;
    this.code = problem.code;
    this.problem = problem;
    this.requestId = problem.request_id ?? response.headers.get('X-Request-Id') ?? undefined;
  }
}

/** A failure that is not a problem document (e.g. a proxy's HTML error page). */
export class ApiHttpError extends Error {
  readonly status: number;
  readonly body: unknown;

  constructor(response: Response, body: unknown) {
    super(`${response.status} ${response.statusText || 'HTTP error'}`);
    this.name = 'ApiHttpError';
    this.status = response.status;
    this.body = body;
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { code?: unknown }).code === 'string' &&
    typeof (body as { status?: unknown }).status === 'number'
  );
}

/** The shape every openapi-fetch call resolves to. */
interface Outcome {
  data?: unknown;
  error?: unknown;
  response: Response;
}
/** The data of the success member of an openapi-fetch result (`undefined` for 204). */
type DataOf<Result> = Result extends { data: infer Data; error?: never } ? Data : never;

/**
 * The data of a successful call; otherwise throws `ApiProblemError` (with the
 * problem's `code`) or `ApiHttpError`.
 *
 *   const me = await unwrap(api.GET('/api/v1/auth/me'));
 */
export async function unwrap<Result extends Outcome>(
  pending: Promise<Result>,
): Promise<DataOf<Result>> {
  const outcome = await pending;
  if (outcome.response.ok) return outcome.data as DataOf<Result>;
  if (isProblem(outcome.error)) throw new ApiProblemError(outcome.error, outcome.response);
  throw new ApiHttpError(outcome.response, outcome.error);
}

function contentTypeOf(headers: unknown): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function')
    return (get as (name: string) => string | null).call(headers, 'Content-Type') ?? undefined;
  const record = headers as Record<string, unknown>;
  const value = record['Content-Type'] ?? record['content-type'];
  return typeof value === 'string' ? value : undefined;
}

/** A non-file form field: text as is, anything else as JSON. */
function fieldText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Request bodies as the API takes them: an object holding a `Blob`/`File`
 * becomes `multipart/form-data` (uploads: `{ body: { file } }`), an object
 * sent with `Content-Type: application/x-www-form-urlencoded` becomes a form
 * (the OAuth2 login), anything else JSON.
 */
export function serializeBody(body: unknown, headers?: unknown): BodyInit {
  if (
    typeof body === 'string' ||
    body instanceof FormData ||
    body instanceof Blob ||
    body instanceof URLSearchParams
  ) {
    return body;
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const entries = Object.entries(body as Record<string, unknown>);
    if (entries.some(([, value]) => value instanceof Blob)) {
      const form = new FormData();
      for (const [name, value] of entries) {
        if (value instanceof Blob) form.append(name, value);
        else if (value !== undefined) form.append(name, fieldText(value));
      }
      return form;
    }
    if (contentTypeOf(headers) === 'application/x-www-form-urlencoded') {
      const form = new URLSearchParams();
      for (const [name, value] of entries)
        if (value !== undefined) form.append(name, fieldText(value));
      return form.toString();
    }
  }
  return JSON.stringify(body);
}

export type AccessToken = string | (() => string | undefined | Promise<string | undefined>);

export interface ReViewPointClientOptions {
  /** Where the API is, e.g. `https://reviewpoint.example.org` (paths carry `/api/v1`). */
  baseUrl: string;
  /** A bearer token (access token or personal access token), or a function that returns the current one. */
  accessToken?: AccessToken;
  /** A personal access token sent as `X-API-Key` (instead of `accessToken`). */
  apiKey?: string;
  /** A fetch implementation (default: the global one). */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request, e.g. `{ 'X-Request-Id': … }`. */
  headers?: Record<string, string>;
}

export type ReViewPointClient = Client<paths>;

/**
 * An openapi-fetch client for the API: every path, parameter, body and
 * response is typed from the document.
 *
 *   const api = createReViewPointClient({ baseUrl, accessToken: () => session.accessToken });
 *   const files = await unwrap(api.GET('/api/v1/files', { params: { query: { limit: 50 } } }));
 */
export function createReViewPointClient(options: ReViewPointClientOptions): ReViewPointClient {
  if (options.accessToken !== undefined && options.apiKey !== undefined) {
    // The API refuses a request that carries both.
    throw new Error('Give accessToken or apiKey, not both');
  }
  const client = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    bodySerializer: serializeBody,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const credentials: Middleware = {
    async onRequest({ request }) {
      // A call that sets its own credentials (e.g. logging in) keeps them.
      if (request.headers.has('Authorization') || request.headers.has('X-API-Key'))
        return undefined;
      if (options.apiKey !== undefined) {
        request.headers.set('X-API-Key', options.apiKey);
        return request;
      }
      const token =
        typeof options.accessToken === 'function'
          ? await options.accessToken()
          : options.accessToken;
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(credentials);
  return client;
}
