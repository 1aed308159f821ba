import { AuthErrors } from '../common/errors/auth-errors';
import type { AuthRequirements } from '../common/auth/auth.decorator';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ADMIN_SCOPES, EXPLICIT_SCOPES } from '../common/auth/token-scopes';

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
 *    and with REQUIRE_ADMIN_MFA one with a second factor (403 MFA_REQUIRED);
 * 5. scopes (see `admitScope`): 403 INSUFFICIENT_SCOPE.
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
  admitScope(caller, requirements?.scope);
}

/** The settings (SPEC §11) that tighten who may call. */
export interface CallerPolicySettings {
  requireVerifiedEmail: boolean;
  requireAdminMfa: boolean;
}

/**
 * A scoped personal access token reaches only routes that declare one of its
 * scopes (`@Auth({ scope })`), and a route declaring none is closed to it.
 * Full-access credentials (sessions, tokens without scopes) pass, except on
 * routes whose scope must be named explicitly (`scim`). An admin-only scope
 * works only while the owner is an administrator now, whatever the route says.
 */
function admitScope(caller: AuthenticatedUser, needed: AuthRequirements['scope']): void {
  const held = caller.scopes ?? null;
  if (held === null) {
    if (needed !== undefined && EXPLICIT_SCOPES.includes(needed)) {
      throw AuthErrors.insufficientScope(needed);
    }
    return;
  }
  if (needed === undefined || !held.includes(needed)) throw AuthErrors.insufficientScope(needed);
  if (ADMIN_SCOPES.includes(needed) && !caller.user.is_admin) throw AuthErrors.adminRequired();
}
