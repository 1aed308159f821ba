import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import {
  AccessTokensService,
  ACCESS_TOKEN_ALGORITHM,
  type AccessTokenClaims,
} from '../tokens/access-tokens.service';
import { SessionsService } from '../tokens/sessions.service';
import { AuthErrors } from '../tokens/token.errors';
import type { AuthenticatedUser } from './authenticated-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Access JWTs: only from the Authorization header (never the query string),
 * HS256 only (so `alg: none` and algorithm swaps fail), `exp` and `iat`
 * required and expiry enforced. The session and the user are then checked
 * against the database on every request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    accessTokens: AccessTokensService,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: accessTokens.key as unknown as string,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims>): Promise<AuthenticatedUser> {
    if (
      claims.typ !== 'access' ||
      // jsonwebtoken enforces `exp` only when present: a token without it would never expire.
      typeof claims.exp !== 'number' ||
      typeof claims.iat !== 'number' ||
      typeof claims.sub !== 'string' ||
      typeof claims.sid !== 'string' ||
      !UUID.test(claims.sid)
    ) {
      throw AuthErrors.invalid();
    }
    const owner = await this.sessions.ownerOf(claims.sid, claims.sub);
    if (!owner.user.is_active) throw AuthErrors.accountDisabled();
    return { user: owner.user, sessionId: claims.sid, personalTokenId: null };
  }
}
