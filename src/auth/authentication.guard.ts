import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AUTH_REQUIREMENTS, type AuthRequirements } from '../common/auth/auth.decorator';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { AuthErrors } from '../common/errors/auth-errors';
import { mfaConfig, type MfaSettings } from '../config/mfa.config';
import { PERSONAL_TOKEN_PREFIX, PersonalTokensService } from '../tokens/personal-tokens.service';
import { SessionsService } from '../tokens/sessions.service';
import { admitCaller } from './caller-policy';
import type { IdentifiedCaller } from './identified-caller';
import { JwtStrategy } from './jwt.strategy';

/** The credential of `Authorization: Bearer <credential>` (scheme case-insensitive, as passport-jwt reads it). */
function bearerCredential(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /(\S+)\s+(\S+)/.exec(header);
  return match && match[1].toLowerCase() === 'bearer' ? match[2] : undefined;
}

/**
 * The global guard (APP_GUARD): every route needs a valid credential unless
 * marked `@Public()`. For each request it
 * 1. identifies the credential: a personal access token (`rvp_…`) in
 *    `X-API-Key` or as the bearer token (PersonalTokensService), otherwise an
 *    access JWT in `Authorization: Bearer` (jwt.strategy.ts, through
 *    passport); sending both headers is ambiguous and refused;
 * 2. lets the caller policy (caller-policy.ts) decide whether that caller
 *    may call this route: active account, `@Auth({ session })`, `@Auth({ admin })`;
 * 3. records the credential's use (at most once a minute).
 * The account comes from the database on this request, so deactivation,
 * deletion, logout and demotion take effect at once.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwtStrategy: JwtStrategy,
    private readonly personalTokens: PersonalTokensService,
    private readonly sessions: SessionsService,
    @Inject(mfaConfig.KEY) private readonly mfa: MfaSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: AuthenticatedUser }>();
    const identified = await this.identify(request, http.getResponse<Response>());
    admitCaller(
      identified.caller,
      this.reflector.getAllAndOverride<AuthRequirements | undefined>(AUTH_REQUIREMENTS, targets),
      this.mfa,
    );
    request.user = identified.caller;
    const { tokenId, lastUsedAt } = identified.use;
    if (identified.caller.sessionId === null) this.personalTokens.recordUse(tokenId, lastUsedAt);
    else this.sessions.recordUse(tokenId, lastUsedAt);
    return true;
  }

  private identify(request: Request, response: Response): Promise<IdentifiedCaller> {
    const apiKey = request.headers['x-api-key'];
    if (apiKey !== undefined) {
      if (request.headers.authorization !== undefined) {
        return Promise.reject(
          AuthErrors.invalid('Send one credential: either Authorization or X-API-Key, not both.'),
        );
      }
      return this.identifyPersonalToken(Array.isArray(apiKey) ? '' : apiKey);
    }
    const bearer = bearerCredential(request.headers.authorization);
    if (bearer?.startsWith(PERSONAL_TOKEN_PREFIX)) return this.identifyPersonalToken(bearer);
    return this.jwtStrategy.identify(request, response);
  }

  private async identifyPersonalToken(value: string): Promise<IdentifiedCaller> {
    const owner = await this.personalTokens.identify(value);
    return {
      caller: {
        user: owner.user,
        sessionId: null,
        personalTokenId: owner.tokenId,
        scopes: owner.scopes,
      },
      use: { tokenId: owner.tokenId, lastUsedAt: owner.lastUsedAt },
    };
  }
}
