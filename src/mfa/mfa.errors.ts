import { AppException } from '../common/errors/app.exception';

/** Second-factor errors (SPEC §11), each with its stable code. */
export const MfaErrors = {
  notConfigured: () =>
    new AppException(
      503,
      'MFA_NOT_CONFIGURED',
      'Two-factor authentication is not available: the server has no MFA_ENCRYPTION_KEY.',
    ),
  alreadyEnabled: () =>
    new AppException(
      409,
      'MFA_ALREADY_ENABLED',
      'Two-factor authentication is already on; disable it first to enroll again.',
    ),
  notEnrolled: () =>
    new AppException(
      409,
      'MFA_NOT_ENROLLED',
      'There is no enrollment waiting for its first code: call POST /auth/mfa/totp/enroll first.',
    ),
  notEnabled: () =>
    new AppException(409, 'MFA_NOT_ENABLED', 'Two-factor authentication is not on.'),
  /** A wrong code where the caller is signed in (activate, disable). */
  wrongCode: () =>
    new AppException(422, 'INVALID_MFA_CODE', 'The code is wrong, expired or already used.', {
      errors: [{ field: 'code', message: 'is wrong, expired or already used' }],
    }),
  /** A wrong code while signing in. */
  wrongSignInCode: (attemptsLeft: number) =>
    new AppException(
      401,
      'INVALID_MFA_CODE',
      `The code is wrong, expired or already used; ${attemptsLeft} attempt${attemptsLeft === 1 ? '' : 's'} left with this mfa_token.`,
    ),
  invalidMfaToken: () =>
    new AppException(
      401,
      'INVALID_MFA_TOKEN',
      'The mfa_token is unknown, expired, already used or ended by too many wrong codes. Sign in again.',
    ),
};
