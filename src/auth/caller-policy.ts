import { AuthErrors } from '../common/errors/auth-errors';
import type { AuthRequirements } from '../common/auth/auth.decorator';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';

/**
 * Who may call, decided in one place for every authenticated request, after
 * a credential has been identified (jwt.strategy.ts for access JWTs,
 * PersonalTokensService for personal access tokens; they only say whose
 * credential it is and whether it is still valid):
 * 1. a deactivated account is refused (403 ACCOUNT_DISABLED), whatever the
 *    credential, on the very next request;
 * 2. `@Auth({ session: true })` routes need a signed-in session, not a
 *    personal access token (403 SESSION_REQUIRED);
 * 3. with REQUIRE_VERIFIED_EMAIL, an unverified email is refused (403
 *    EMAIL_NOT_VERIFIED) except on routes marked `@Auth({ unverifiedEmail: true })`;
 * 4. `@Auth({ admin: true })` routes need an administrator (403 ADMIN_REQUIRED),
 *    and with REQUIRE_ADMIN_MFA one with a second factor (403 MFA_REQUIRED).
 * The account flags were read from the database on this request.
 */
export function admitCaller(
  caller: AuthenticatedUser,
  requirements: AuthRequirements | undefined,
  policy: CallerPolicySettings = { requireVerifiedEmail: false, requireAdminMfa: false },
): void {
  if (!caller.user.is_active) throw AuthErrors.accountDisabled();
  if (requirements?.session && caller.sessionId === null) throw AuthErrors.sessionRequired();
  if (policy.requireVerifiedEmail && !caller.user.email_verified && !requirements?.unverifiedEmail)
    throw AuthErrors.emailNotVerified();
  if (requirements?.admin && !caller.user.is_admin) throw AuthErrors.adminRequired();
  if (requirements?.admin && policy.requireAdminMfa && !caller.user.mfa_enabled)
    throw AuthErrors.mfaRequired();
}

/** The settings (SPEC §11) that tighten who may call. */
export interface CallerPolicySettings {
  requireVerifiedEmail: boolean;
  requireAdminMfa: boolean;
}
