import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request, Response } from 'express';
import type { KeyObject } from 'node:crypto';
import * as passport from 'passport';
import { ExtractJwt, Strategy, type SecretOrKeyProvider } from 'passport-jwt';
import { AuthErrors } from '../common/errors/auth-errors';
import {
  AccessTokensService,
  ACCESS_TOKEN_ALGORITHM,
  type AccessTokenClaims,
} from '../tokens/access-tokens.service';
import { SessionsService } from '../tokens/sessions.service';
import type { IdentifiedCaller } from './identified-caller';
import { VerifiedTokenCache } from './verified-token-cache';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const STRATEGY = 'jwt';

/** The bearer token as passport-jwt reads it (Authorization header only). */
const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/** Verified access tokens remembered per instance (see VerifiedTokenCache: ~1 KiB each). */
const VERIFIED_TOKENS_CAPACITY = 10_000;

/** Claims that passed validate()'s checks. */
type CheckedClaims = AccessTokenClaims;

/** Each strategy instance's own passport Authenticator (set while the base constructor runs). */
const AUTHENTICATORS = new WeakMap<object, passport.Authenticator>();

/**
 * Hands passport-jwt the signing key as a KeyObject. passport-jwt passes it
 * to jsonwebtoken unchanged, which accepts a KeyObject and verifies ~30x
 * faster with one than with a string (STACK); @types/passport-jwt only lists
 * string | Buffer, hence the one widening here.
 */
function pinnedKey(key: KeyObject): SecretOrKeyProvider {
  return (_request, _token, done) => done(null, key as never);
}

/** passport-jwt reports token problems as a failure whose challenge is jsonwebtoken's error. */
function failureToError(challenge: unknown): Error {
  const name = (challenge as { name?: string } | undefined)?.name;
  if (name === 'TokenExpiredError') return AuthErrors.expired();
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') return AuthErrors.invalid();
  return AuthErrors.missing();
}

/**
 * Identifies the caller of an access JWT; the caller policy (caller-policy.ts)
 * decides whether they may call.
 *
 * Who does what: passport-jwt reads the token from the Authorization header
 * only (never the query string) and verifies it (HS256 only, so `alg: none`
 * and algorithm swaps fail; expiry enforced); @nestjs/passport turns
 * `validate()` into passport-jwt's verify callback and registers the strategy
 * on this instance's own passport Authenticator (not passport's process-wide
 * one, so each app instance keeps its own key and services); `validate()`
 * requires `typ: access`, `exp` and `iat`, and finds the live session and its
 * owner in the database. A token seen before is not verified again until its
 * `exp` (VerifiedTokenCache); the session and owner are read every time.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, STRATEGY) {
  private readonly verified = new VerifiedTokenCache<CheckedClaims>(VERIFIED_TOKENS_CAPACITY);

  constructor(
    accessTokens: AccessTokensService,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKeyProvider: pinnedKey(accessTokens.key),
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  /** Where @nestjs/passport registers this strategy. */
  getPassportInstance(): passport.Authenticator {
    let authenticator = AUTHENTICATORS.get(this);
    if (!authenticator) {
      authenticator = new passport.Authenticator();
      AUTHENTICATORS.set(this, authenticator);
    }
    return authenticator;
  }

  /** Identifies the caller: a token verified before goes straight to its session; others through passport. */
  identify(request: Request, response: Response): Promise<IdentifiedCaller> {
    const token = bearerToken(request);
    const claims = token === null ? undefined : this.verified.get(token);
    if (claims !== undefined) return this.callerOf(claims);
    return new Promise((resolve, reject) => {
      const authenticate = this.getPassportInstance().authenticate(
        STRATEGY,
        { session: false },
        (error: Error | null, identified: IdentifiedCaller | false, challenge: unknown) => {
          if (error) reject(error);
          else if (identified) resolve(identified);
          else reject(failureToError(challenge));
        },
      ) as (request: Request, response: Response, next: () => void) => void;
      // passport calls next() only for a strategy that passes; passport-jwt never does.
      authenticate(request, response, () => reject(AuthErrors.missing()));
    });
  }

  /** passport-jwt's verify callback: called only for a token whose signature and expiry it accepted. */
  async validate(request: Request, claims: Partial<AccessTokenClaims>): Promise<IdentifiedCaller> {
    if (
      claims.typ !== 'access' ||
      // jsonwebtoken enforces `exp` only when present: a token without it would never expire.
      typeof claims.exp !== 'number' ||
      typeof claims.iat !== 'number' ||
      typeof claims.sub !== 'string' ||
      typeof claims.sid !== 'string' ||
      !UUID.test(claims.sid) ||
      // Remembered tokens skip jsonwebtoken's checks, `nbf` among them: this API never sets it.
      'nbf' in claims
    ) {
      throw AuthErrors.invalid();
    }
    const checked = claims as CheckedClaims;
    const token = bearerToken(request);
    if (token !== null) this.verified.remember(token, checked);
    return this.callerOf(checked);
  }

  private async callerOf(claims: CheckedClaims): Promise<IdentifiedCaller> {
    const owner = await this.sessions.ownerOf(claims.sid, claims.sub);
    return {
      caller: { user: owner.user, sessionId: claims.sid, personalTokenId: null },
      use: { tokenId: owner.tokenId, lastUsedAt: owner.lastUsedAt },
    };
  }
}
