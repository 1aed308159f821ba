import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiOAuth2 } from '@nestjs/swagger';
import { ApiProblemResponse } from '../../common/swagger/api-problem-responses.decorator';

export const AUTH_REQUIREMENTS = 'auth:requirements';

export interface AuthRequirements {
  /** Only administrators (403 `ADMIN_REQUIRED` for others). */
  admin?: boolean;
}

/**
 * Declares what a route needs beyond being signed in, and documents it:
 * bearer auth plus the 401 (and, for admin routes, 403) responses.
 * Authentication itself is global; `@Public()` opts out.
 */
export function Auth(requirements: AuthRequirements = {}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(AUTH_REQUIREMENTS, requirements),
    ApiBearerAuth('bearer'),
    ApiOAuth2([], 'oauth2'),
    ApiProblemResponse({
      status: 401,
      codes: ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_REVOKED'],
    }),
    ApiProblemResponse({
      status: 403,
      codes: requirements.admin ? ['ACCOUNT_DISABLED', 'ADMIN_REQUIRED'] : ['ACCOUNT_DISABLED'],
      description: requirements.admin
        ? 'The account is deactivated, or the caller is not an administrator.'
        : 'The account is deactivated.',
    }),
  );
}
