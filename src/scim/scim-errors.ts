import { AppException } from '../common/errors/app.exception';

/**
 * SCIM's `scimType` values this service answers with (RFC 7644 §3.12). The
 * exception filter writes every error on /scim/v2 in SCIM's error schema,
 * carrying `scimType` from the exception's extensions.
 */
export type ScimType =
  | 'invalidFilter'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'invalidValue'
  | 'noTarget'
  | 'mutability'
  | 'uniqueness';

export function scimError(status: number, scimType: ScimType, detail: string): AppException {
  return new AppException(status, `SCIM_${scimType.toUpperCase()}`, detail, {
    extensions: { scimType },
  });
}

export const ScimErrors = {
  invalidFilter: (detail: string) => scimError(400, 'invalidFilter', detail),
  invalidSyntax: (detail: string) => scimError(400, 'invalidSyntax', detail),
  invalidPath: (detail: string) => scimError(400, 'invalidPath', detail),
  invalidValue: (detail: string) => scimError(400, 'invalidValue', detail),
  noTarget: (detail: string) => scimError(400, 'noTarget', detail),
  mutability: (detail: string) => scimError(400, 'mutability', detail),
  uniqueness: (detail: string) => scimError(409, 'uniqueness', detail),
  notFound: () => new AppException(404, 'NOT_FOUND', 'No user has that id.'),
  preconditionFailed: () =>
    new AppException(
      412,
      'PRECONDITION_FAILED',
      'If-Match does not match the user’s current version (meta.version); read it again.',
    ),
  unsupportedMediaType: () =>
    new AppException(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the body as application/scim+json (or application/json).',
    ),
};
