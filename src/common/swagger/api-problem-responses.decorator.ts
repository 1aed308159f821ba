import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { defaultCode, problemType, statusTitle } from '../errors/problem';
import { ProblemDetailsDto } from './problem-details.dto';

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).',
  401: 'Missing, malformed, expired, revoked or wrong-type credentials.',
  403: 'Authenticated, but not allowed to do this.',
  404: 'Not found (also for resources that belong to someone else).',
  409: 'Conflicts with the current state (e.g. a duplicate).',
  413: 'The request body is too large.',
  415: 'Unsupported media type.',
  416: 'The requested range cannot be satisfied.',
  422: 'Validation failed: invalid, missing or unknown fields.',
  429: 'Rate limited; see the Retry-After header.',
  503: 'A dependency is unavailable.',
};

export interface ProblemResponseOptions {
  status: number;
  /** The `code` values this route can answer with at this status. */
  codes?: string[];
  description?: string;
}

/** Codes a status has on every route unless a route lists its own. */
const DEFAULT_CODES: Readonly<Record<number, string[]>> = {
  // What the body parser and the body-depth check answer, before any route runs.
  400: ['MALFORMED_JSON', 'BODY_TOO_DEEP'],
};

/**
 * The OpenAPI response object of one problem+json error with its possible
 * codes; `schemaRef` is where the shared ProblemDetails schema lives.
 */
export function problemResponseObject(options: ProblemResponseOptions, schemaRef: string) {
  const codes = options.codes ?? DEFAULT_CODES[options.status] ?? [defaultCode(options.status)];
  const summary =
    options.description ?? DESCRIPTIONS[options.status] ?? statusTitle(options.status);
  return {
    description: `${summary} Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    content: {
      'application/problem+json': {
        // The shared shape, narrowed to this route's codes so clients can switch on them.
        schema: {
          allOf: [
            { $ref: schemaRef },
            {
              type: 'object' as const,
              required: ['code'],
              properties: { code: { type: 'string' as const, enum: [...new Set(codes)] } },
            },
          ],
        },
        example: {
          type: problemType(codes[0]),
          title: statusTitle(options.status),
          status: options.status,
          detail: summary,
          code: codes[0],
          request_id: '6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60',
          ...(options.status === 422
            ? { errors: [{ field: 'email', message: 'email must be an email' }] }
            : {}),
        },
      },
    },
  };
}

/** Documents one problem+json error response with its possible codes. */
export function ApiProblemResponse(
  options: ProblemResponseOptions,
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ApiResponse({
      status: options.status,
      ...problemResponseObject(options, getSchemaPath(ProblemDetailsDto)),
    }),
  );
}

/** Documents several problem+json responses by status with their default codes. */
export function ApiProblemResponses(
  ...entries: Array<number | ProblemResponseOptions>
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...entries.map((entry) =>
      ApiProblemResponse(typeof entry === 'number' ? { status: entry } : entry),
    ),
  );
}
