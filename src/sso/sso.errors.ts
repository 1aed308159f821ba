import { AppException } from '../common/errors/app.exception';

/**
 * Why a sign-in at the callback failed, once its state proved where to send
 * the answer: the value of `error` in the redirect to the client (and the
 * audit event's `details.reason`).
 */
export const SSO_CALLBACK_ERRORS = [
  'SSO_PROVIDER_ERROR',
  'SSO_PROVIDER_UNAVAILABLE',
  'SSO_TOKEN_INVALID',
  'SSO_EMAIL_MISSING',
  'SSO_EMAIL_NOT_VERIFIED',
  'SSO_DOMAIN_NOT_ALLOWED',
  'ACCOUNT_DISABLED',
] as const;
export type SsoCallbackError = (typeof SSO_CALLBACK_ERRORS)[number];

/** A sign-in refused for a reason the client is told by `error=<reason>`. */
export class SsoSignInRefused extends Error {
  constructor(
    readonly reason: SsoCallbackError,
    detail: string,
  ) {
    super(detail);
    this.name = 'SsoSignInRefused';
  }
}

export const SsoErrors = {
  providerNotFound: () =>
    new AppException(404, 'SSO_PROVIDER_NOT_FOUND', 'No single sign-on provider with that name.'),
  providerUnavailable: () =>
    new AppException(
      503,
      'SSO_PROVIDER_UNAVAILABLE',
      'The identity provider cannot be reached right now; try again later.',
      { headers: { 'Retry-After': '30' } },
    ),
  redirectNotAllowed: () =>
    new AppException(
      400,
      'SSO_REDIRECT_NOT_ALLOWED',
      'redirect_uri is not one of the URLs allowed to receive a sign-in (SSO_REDIRECT_ALLOWLIST).',
    ),
  invalidState: () =>
    new AppException(
      400,
      'SSO_INVALID_STATE',
      'The sign-in is unknown, expired, already finished, or was started in another browser. Start again.',
    ),
  invalidCode: () =>
    new AppException(
      400,
      'SSO_INVALID_CODE',
      'The sign-in code is invalid, expired or already used. Sign in again.',
    ),
  identityNotFound: () =>
    new AppException(404, 'IDENTITY_NOT_FOUND', 'No linked identity with that id for this user.'),
};
