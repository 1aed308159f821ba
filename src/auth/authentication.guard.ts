import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PERSONAL_TOKEN_PREFIX, PersonalTokensService } from '../tokens/personal-tokens.service';
import { AuthErrors } from '../tokens/token.errors';
import type { AuthenticatedUser } from './authenticated-user';
import { AUTH_REQUIREMENTS, type AuthRequirements } from './decorators/auth.decorator';
import { IS_PUBLIC } from './decorators/public.decorator';
import { JwtStrategy } from './jwt.strategy';

/** The actions passport gives a strategy for one authentication attempt. */
interface StrategyAttempt {
  authenticate(request: Request, options: { session: false }): void;
  success(user: AuthenticatedUser): void;
  fail(challenge?: unknown): void;
  error(error: unknown): void;
  pass(): void;
  redirect(): void;
}

/** passport-jwt reports token problems as `fail(info)` with jsonwebtoken's error as the info. */
function failureToError(challenge: unknown): Error {
  const name = (challenge as { name?: string } | undefined)?.name;
  if (name === 'TokenExpiredError') return AuthErrors.expired();
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') return AuthErrors.invalid();
  return AuthErrors.missing();
}

/** The credential of `Authorization: Bearer <credential>` (scheme case-insensitive, as passport-jwt reads it). */
function bearerCredential(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /(\S+)\s+(\S+)/.exec(header);
  return match && match[1].toLowerCase() === 'bearer' ? match[2] : undefined;
}

/**
 * The global guard (APP_GUARD): every route needs a valid credential unless
 * marked `@Public()`; `@Auth({ admin: true })` routes also need an admin and
 * `@Auth({ session: true })` routes a signed-in session. The admin and active
 * flags come from the database on this request, so deactivation, deletion,
 * logout and demotion take effect at once.
 *
 * Two kinds of credential:
 * - a personal access token (`rvp_…`) in `X-API-Key` or as the bearer token:
 *   looked up by its hash, with its owner, in one indexed join;
 * - otherwise an access JWT in `Authorization: Bearer`, checked by this app's
 *   passport-jwt strategy, which it runs itself, as passport.authenticate
 *   would, rather than through passport's process-wide strategy registry:
 *   that keeps each app instance bound to its own strategy, and skips the
 *   session helpers passport would otherwise add to every request object
 *   (measured: a sizeable share of the guard's cost; see bench/).
 * Sending both headers is ambiguous and refused.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwtStrategy: JwtStrategy,
    private readonly personalTokens: PersonalTokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const caller = await this.authenticate(request);
    request.user = caller;

    const requirements = this.reflector.getAllAndOverride<AuthRequirements | undefined>(
      AUTH_REQUIREMENTS,
      targets,
    );
    if (requirements?.session && caller.sessionId === null) throw AuthErrors.sessionRequired();
    if (requirements?.admin && !caller.user.is_admin) throw AuthErrors.adminRequired();
    return true;
  }

  private authenticate(request: Request): Promise<AuthenticatedUser> {
    const apiKey = request.headers['x-api-key'];
    if (apiKey !== undefined) {
      if (request.headers.authorization !== undefined) {
        return Promise.reject(
          AuthErrors.invalid('Send one credential: either Authorization or X-API-Key, not both.'),
        );
      }
      return this.authenticatePersonalToken(Array.isArray(apiKey) ? '' : apiKey);
    }
    const bearer = bearerCredential(request.headers.authorization);
    if (bearer?.startsWith(PERSONAL_TOKEN_PREFIX)) return this.authenticatePersonalToken(bearer);
    return this.authenticateJwt(request);
  }

  private async authenticatePersonalToken(value: string): Promise<AuthenticatedUser> {
    const owner = await this.personalTokens.authenticate(value);
    return { user: owner.user, sessionId: null, personalTokenId: owner.tokenId };
  }

  private authenticateJwt(request: Request): Promise<AuthenticatedUser> {
    return new Promise((resolve, reject) => {
      const attempt = Object.create(this.jwtStrategy) as StrategyAttempt;
      attempt.success = resolve;
      attempt.fail = (challenge) => reject(failureToError(challenge));
      attempt.error = reject;
      attempt.pass = () => reject(AuthErrors.missing());
      attempt.redirect = () => reject(AuthErrors.missing());
      attempt.authenticate(request, { session: false });
    });
  }
}
