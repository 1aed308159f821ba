import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
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

/**
 * The global guard (APP_GUARD): every route needs a valid access token unless
 * marked `@Public()`; `@Auth({ admin: true })` routes also need an admin. The
 * admin and active flags come from the database on this request, so
 * deactivation, deletion, logout and demotion take effect at once.
 *
 * It runs this app's passport-jwt strategy itself, as passport.authenticate
 * would, rather than through passport's process-wide strategy registry: that
 * keeps each app instance bound to its own strategy, and skips the session
 * helpers passport would otherwise add to every request object (measured:
 * a sizeable share of the guard's cost; see bench/).
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwtStrategy: JwtStrategy,
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
    if (requirements?.admin && !caller.user.is_admin) throw AuthErrors.adminRequired();
    return true;
  }

  private authenticate(request: Request): Promise<AuthenticatedUser> {
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
