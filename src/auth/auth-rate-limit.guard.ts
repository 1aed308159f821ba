import { Injectable, Logger, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { errorForLog } from '../common/errors/error-for-log';
import { OutageLog } from '../common/errors/outage-log';
import { hashTokenValue } from '../tokens/token-values';
import {
  EMAIL_MAX_LENGTH,
  loginIdentifierKind,
  normalizeEmail,
  normalizeUsername,
} from '../users/user-rules';
import { UsersService } from '../users/users.service';
import { MfaService } from '../mfa/mfa.service';

export const RATE_LIMIT_BY_IP = 'ip';
export const RATE_LIMIT_BY_ACCOUNT = 'account';

/** Where the guard leaves the resolved account key for the throttler's tracker. */
const ACCOUNT_KEY = Symbol('rateLimitAccountKey');
type RequestWithAccountKey = Request & { [ACCOUNT_KEY]?: string };

/**
 * What a sign-in attempt is about, read from the raw body (guards run before
 * validation, so every attempt counts, well-formed or not): the login
 * identifier (`email`, else `username`, which may hold an email), or for
 * refresh attempts the presented token.
 */
export function attemptSubjectOf(
  request: Request,
): { identifier: string } | { refreshTokenHash: string } | { mfaToken: string } | undefined {
  const body = (request.body ?? {}) as Record<string, unknown>;
  for (const field of ['email', 'username']) {
    const value = body[field];
    if (typeof value === 'string' && value.trim() !== '') return { identifier: value };
  }
  if (typeof body.refresh_token === 'string' && body.refresh_token !== '')
    return { refreshTokenHash: hashTokenValue(body.refresh_token) };
  if (typeof body.mfa_token === 'string' && body.mfa_token !== '')
    return { mfaToken: body.mfa_token };
  return undefined;
}

/** The per-account counter key the guard resolved for this request (see AuthRateLimitGuard). */
export function accountKeyOf(request: Request): string | undefined {
  return (request as RequestWithAccountKey)[ACCOUNT_KEY];
}

/**
 * Rate limit for the sign-in endpoints (register, login, refresh-token,
 * request-password-reset, reset-password): AUTH_RATE_LIMIT attempts per
 * AUTH_RATE_WINDOW_SECONDS per client IP and, separately, per account (one
 * counter whether it is named by username or email) or refresh token.
 * Answers 429 `RATE_LIMITED` with `Retry-After`.
 */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  /** Logged once per Redis outage, with a count at its end, not once per refused attempt. */
  private readonly counterOutage = new OutageLog(
    new Logger(AuthRateLimitGuard.name),
    'Rate-limit counters (Redis)',
  );

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly users: UsersService,
    private readonly mfa: MfaService,
  ) {
    super(options, storage, reflector);
  }

  /** A counter store that cannot be reached (Redis down) refuses sign-in attempts rather than letting them through uncounted. */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithAccountKey>();
    request[ACCOUNT_KEY] = await this.resolveAccountKey(request);
    try {
      return await super.canActivate(context);
    } catch (error) {
      if (error instanceof AppException) throw error;
      this.counterOutage.failure(errorForLog(error).message);
      throw new AppException(
        503,
        'RATE_LIMITER_UNAVAILABLE',
        'Sign-in is briefly unavailable; try again shortly.',
        {
          headers: { 'Retry-After': '5' },
        },
      );
    }
  }

  /**
   * One counter per account, however it is named: an identifier that names
   * an account (by username or by email) counts against `user:<id>`; one
   * that names none counts against its normalised form. The lookup runs
   * for every identifier, existing or not, so the time taken does not tell
   * them apart. Longer identifiers than any account can have skip it.
   */
  private async resolveAccountKey(request: Request): Promise<string | undefined> {
    const subject = attemptSubjectOf(request);
    if (subject === undefined) {
      // Routes for a signed-in caller (the global guard ran first) count against that account.
      const caller = (request as Request & { user?: AuthenticatedUser }).user;
      return caller ? `user:${caller.user.id}` : undefined;
    }
    if ('refreshTokenHash' in subject) return `refresh:${subject.refreshTokenHash}`;
    if ('mfaToken' in subject) {
      // The second step of a sign-in counts against the account, like the first.
      const owner = await this.mfa.challengeOwner(subject.mfaToken);
      return owner ? `user:${owner}` : `mfa:${hashTokenValue(subject.mfaToken)}`;
    }
    const { identifier } = subject;
    const user =
      identifier.length <= EMAIL_MAX_LENGTH
        ? await this.users.findByLoginIdentifier(identifier)
        : null;
    if (user) return `user:${user.id}`;
    return loginIdentifierKind(identifier) === 'email'
      ? `email:${normalizeEmail(identifier)}`
      : `username:${normalizeUsername(identifier)}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfterSeconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw new AppException(
      429,
      'RATE_LIMITED',
      `Too many attempts; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
      { headers: { 'Retry-After': String(retryAfterSeconds) } },
    );
  }
}
