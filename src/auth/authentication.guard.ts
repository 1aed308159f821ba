import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { AuthErrors } from '../tokens/token.errors';
import type { AuthenticatedUser } from './authenticated-user';
import { AUTH_REQUIREMENTS, type AuthRequirements } from './decorators/auth.decorator';
import { IS_PUBLIC } from './decorators/public.decorator';

/**
 * The global guard (APP_GUARD): every route needs a valid access token unless
 * marked `@Public()`; `@Auth({ admin: true })` routes also need an admin. The
 * admin and active flags come from the database on this request, so
 * deactivation, deletion, logout and demotion take effect at once.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    await super.canActivate(context);

    const requirements = this.reflector.getAllAndOverride<AuthRequirements | undefined>(
      AUTH_REQUIREMENTS,
      targets,
    );
    const caller = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>().user;
    if (requirements?.admin && !caller.user.is_admin) throw AuthErrors.adminRequired();
    return true;
  }

  /** Turns passport's outcome into the API's errors: our own pass through, jsonwebtoken's get codes. */
  override handleRequest<TUser = AuthenticatedUser>(
    error: unknown,
    user: TUser | false,
    info: unknown,
  ): TUser {
    if (error instanceof Error) throw error;
    if (user) return user;
    const name = (info as { name?: string } | undefined)?.name;
    if (name === 'TokenExpiredError') throw AuthErrors.expired();
    if (name === 'JsonWebTokenError' || name === 'NotBeforeError') throw AuthErrors.invalid();
    throw AuthErrors.missing();
  }
}
