import { Injectable, Logger, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppException } from '../common/errors/app.exception';
import { hashTokenValue } from '../tokens/token-values';
import { normalizeEmail, normalizeUsername } from '../users/user-rules';
import { errorMessage } from '../common/errors/error-message';
import { OutageLog } from '../common/errors/outage-log';

export const RATE_LIMIT_BY_IP = 'ip';
export const RATE_LIMIT_BY_ACCOUNT = 'account';

/**
 * The account a sign-in attempt is about, read from the raw body (guards run
 * before validation, so every attempt counts, well-formed or not). Refresh
 * attempts count against the presented token.
 */
export function accountKeyOf(request: Request): string | undefined {
  const body = (request.body ?? {}) as Record<string, unknown>;
  if (typeof body.email === 'string' && body.email.trim() !== '')
    return `email:${normalizeEmail(body.email)}`;
  if (typeof body.username === 'string' && body.username.trim() !== '') {
    const identifier = body.username;
    return identifier.includes('@')
      ? `email:${normalizeEmail(identifier)}`
      : `username:${normalizeUsername(identifier)}`;
  }
  if (typeof body.refresh_token === 'string' && body.refresh_token !== '')
    return `refresh:${hashTokenValue(body.refresh_token)}`;
  return undefined;
}

/**
 * Rate limit for the sign-in endpoints (register, login, refresh-token,
 * request-password-reset): AUTH_RATE_LIMIT attempts per AUTH_RATE_WINDOW_SECONDS
 * per client IP and, separately, per account identifier. Answers 429
 * `RATE_LIMITED` with `Retry-After`.
 */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  /** Logged once per Redis outage, with a count at its end, not once per refused attempt. */
  private readonly counterOutage = new OutageLog(
    new Logger(AuthRateLimitGuard.name),
    'Rate-limit counters (Redis)',
  );

  /** A counter store that cannot be reached (Redis down) refuses sign-in attempts rather than letting them through uncounted. */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await super.canActivate(context);
    } catch (error) {
      if (error instanceof AppException) throw error;
      this.counterOutage.failure(errorMessage(error));
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
