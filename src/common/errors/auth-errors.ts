import { AppException } from './app.exception';

/**
 * Authentication failures (the guard, sign-in, refresh, password reset and
 * anything that finds its caller gone), each with its stable code. 401s carry a
 * `WWW-Authenticate` challenge (RFC 6750).
 */
function unauthorized(code: string, detail: string, bearerError = 'invalid_token'): AppException {
  return new AppException(401, code, detail, {
    headers: { 'WWW-Authenticate': `Bearer realm="reviewpoint", error="${bearerError}"` },
  });
}

export const AuthErrors = {
  missing: () =>
    new AppException(
      401,
      'UNAUTHENTICATED',
      'Authentication required: send "Authorization: Bearer <access token>" (or a personal access token, as the bearer token or in "X-API-Key").',
      {
        headers: { 'WWW-Authenticate': 'Bearer realm="reviewpoint"' },
      },
    ),
  invalid: (detail = 'The token is malformed, forged or of the wrong type.') =>
    unauthorized('TOKEN_INVALID', detail),
  expired: () => unauthorized('TOKEN_EXPIRED', 'The token has expired.'),
  revoked: () =>
    unauthorized('TOKEN_REVOKED', 'The token has been revoked or its session has ended.'),
  reused: () =>
    unauthorized(
      'TOKEN_REUSED',
      'This refresh token was already used. The session has been ended as a precaution; sign in again.',
    ),
  invalidCredentials: () =>
    new AppException(401, 'INVALID_CREDENTIALS', 'The username/email or password is incorrect.'),
  accountDisabled: () =>
    new AppException(403, 'ACCOUNT_DISABLED', 'This account has been deactivated.'),
  adminRequired: () =>
    new AppException(403, 'ADMIN_REQUIRED', 'This action requires an administrator.'),
  insufficientScope: (needed: string | undefined) =>
    new AppException(
      403,
      'INSUFFICIENT_SCOPE',
      needed === undefined
        ? 'A scoped personal access token cannot call this route; use a session or a token without scopes.'
        : `This route needs a personal access token with the "${needed}" scope.`,
    ),
  sessionRequired: () =>
    new AppException(
      403,
      'SESSION_REQUIRED',
      'This action needs a signed-in session (an access token from /auth/login); a personal access token cannot do it.',
    ),
  emailNotVerified: () =>
    new AppException(
      403,
      'EMAIL_NOT_VERIFIED',
      'Verify your email address first: open the link we mailed you (POST /auth/resend-verification sends a new one).',
    ),
  mfaRequired: () =>
    new AppException(
      403,
      'MFA_REQUIRED',
      'Administrators need a second factor: set one up with POST /auth/mfa/totp/enroll, then sign in again.',
    ),
  invalidResetToken: () =>
    new AppException(
      400,
      'INVALID_RESET_TOKEN',
      'The password-reset token is invalid, expired or already used. Request a new link.',
    ),
};
