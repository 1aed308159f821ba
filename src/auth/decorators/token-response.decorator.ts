import { applyDecorators, Header, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

const NO_STORE_HEADERS = {
  'Cache-Control': {
    description: 'Always `no-store`: the body holds a credential (RFC 6749 §5.1).',
    schema: { type: 'string', enum: ['no-store'] },
  },
  Pragma: {
    description: 'Always `no-cache`, for HTTP/1.0 caches.',
    schema: { type: 'string', enum: ['no-cache'] },
  },
};

/**
 * The success response of a route that answers a credential (access,
 * refresh or personal access token): sends `Cache-Control: no-store` and
 * `Pragma: no-cache` so no cache or browser history keeps it, and documents
 * the response with those headers. Every route that hands out a token uses
 * this instead of `ApiOkResponse`/`ApiCreatedResponse`.
 */
export function TokenResponse(
  status: 200 | 201,
  type: Type<unknown> | Array<Type<unknown>>,
  description?: string,
): MethodDecorator {
  // Several types: the body is one of them (login: the tokens, or "a second factor is needed").
  const response = Array.isArray(type)
    ? { schema: { oneOf: type.map((one) => ({ $ref: getSchemaPath(one) })) } }
    : { type };
  return applyDecorators(
    Header('Cache-Control', 'no-store'),
    Header('Pragma', 'no-cache'),
    ...(Array.isArray(type) ? [ApiExtraModels(...type)] : []),
    ApiResponse({ status, ...response, description, headers: NO_STORE_HEADERS }),
  );
}
