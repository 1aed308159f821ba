import type { FieldError } from './problem';

/** What the exception filter decided to answer (its ErrorAnswer, the parts SCIM uses). */
interface ScimErrorSource {
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

/** Codes that mean "a unique attribute is taken" (RFC 7644 `uniqueness`). */
const UNIQUENESS_CODES = new Set(['USERNAME_TAKEN', 'EMAIL_TAKEN', 'CONFLICT']);

/**
 * An error answer in SCIM's error schema (RFC 7644 §3.12), for every request
 * under /scim/v2 whatever failed (authentication, body parsing, the route):
 * `{schemas, status (a string), scimType?, detail}`. SCIM has no 422, so a
 * body that fails validation is 400 `invalidValue`; malformed JSON is 400
 * `invalidSyntax`; a taken userName or email is 409 `uniqueness`.
 */
export function scimErrorBody(answer: ScimErrorSource): { status: number; body: string } {
  const status = answer.status === 422 ? 400 : answer.status;
  const given = answer.extensions?.scimType;
  const scimType =
    typeof given === 'string'
      ? given
      : answer.status === 422
        ? 'invalidValue'
        : answer.code === 'MALFORMED_JSON' || answer.code === 'BODY_TOO_DEEP'
          ? 'invalidSyntax'
          : answer.status === 409 && UNIQUENESS_CODES.has(answer.code)
            ? 'uniqueness'
            : undefined;
  const fields = answer.errors?.map((error) => `${error.field}: ${error.message}`).join('; ');
  return {
    status,
    body: JSON.stringify({
      schemas: [SCIM_ERROR_SCHEMA],
      status: String(status),
      ...(scimType ? { scimType } : {}),
      detail: fields ? `${answer.detail} ${fields}` : answer.detail,
    }),
  };
}

export { SCIM_CONTENT_TYPE as SCIM_ERROR_CONTENT_TYPE };
