import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiOAuth2, ApiSecurity } from '@nestjs/swagger';
import { ApiProblemResponse } from '../swagger/api-problem-responses.decorator';
import { REQUIRED_SCOPE_EXTENSION } from '../swagger/openapi-document';
import type { TokenScope } from './token-scopes';

export const AUTH_REQUIREMENTS = 'auth:requirements';

export interface AuthRequirements {
  /** Only administrators (403 `ADMIN_REQUIRED` for others). */
  admin?: boolean;
  /**
   * Only a signed-in session (an access JWT), not a personal access token
   * (403 `SESSION_REQUIRED`): for managing credentials and sessions and for
   * changing what account recovery relies on.
   */
  session?: boolean;
  /**
   * Open to accounts whose email is not verified even with
   * REQUIRE_VERIFIED_EMAIL (otherwise 403 `EMAIL_NOT_VERIFIED`): reading
   * yourself, verification, logout and sessions.
   */
  unverifiedEmail?: boolean;
  /**
   * The token scope that lets a scoped personal access token call this route
   * (token-scopes.ts). Without one, scoped tokens are refused (403
   * INSUFFICIENT_SCOPE); sessions and unscoped tokens are not scoped.
   */
  scope?: TokenScope;
}

/**
 * Declares what a route needs beyond being signed in, and documents it:
 * bearer auth plus the 401 and 403 responses.
 * Authentication itself is global; `@Public()` opts out.
 */
export function Auth(requirements: AuthRequirements = {}): MethodDecorator & ClassDecorator {
  const forbidden = ['ACCOUNT_DISABLED'];
  const reasons = ['the account is deactivated'];
  if (!requirements.unverifiedEmail) {
    forbidden.push('EMAIL_NOT_VERIFIED');
    reasons.push('the email is not verified while REQUIRE_VERIFIED_EMAIL is on');
  }
  if (requirements.admin) {
    forbidden.push('ADMIN_REQUIRED', 'MFA_REQUIRED');
    reasons.push(
      'the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on',
    );
  }
  if (requirements.session) {
    forbidden.push('SESSION_REQUIRED');
    reasons.push('the caller used a personal access token where a signed-in session is required');
  }
  if (!requirements.session) {
    forbidden.push('INSUFFICIENT_SCOPE');
    reasons.push(
      requirements.scope
        ? `the personal access token lacks the \`${requirements.scope}\` scope`
        : 'the caller used a scoped personal access token (this route needs full access)',
    );
  }
  const description = `${reasons.join(', or ')}.`;
  return applyDecorators(
    SetMetadata(AUTH_REQUIREMENTS, requirements),
    ...(requirements.scope ? [ApiExtension(REQUIRED_SCOPE_EXTENSION, requirements.scope)] : []),
    ApiBearerAuth('bearer'),
    ApiOAuth2([], 'oauth2'),
    // Personal access tokens cannot stand in for a session.
    ...(requirements.session ? [] : [ApiSecurity('api-key')]),
    ApiProblemResponse({
      status: 401,
      codes: ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_REVOKED'],
    }),
    ApiProblemResponse({
      status: 403,
      codes: forbidden,
      description: `${description.charAt(0).toUpperCase()}${description.slice(1)}`,
    }),
  );
}
