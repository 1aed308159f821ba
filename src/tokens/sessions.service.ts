import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Page } from '../common/pagination/pagination.dto';
import { userActor } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { Database } from '../database/database.service';
import { AuthErrors } from '../common/errors/auth-errors';
import { TokenErrors } from './token.errors';
import { TOKEN_TYPE, type TokenEntity } from './token.entity';
import { newTokenRow } from './token-rows';
import { generateTokenValue, hashTokenValue, looksLikeTokenValue } from './token-values';
import { TokenOwnersRepository, type SessionOwner } from './token-owners.repository';
import { TokensRepository, type RowPage, type SessionSortField } from './tokens.repository';

/** Where a sign-in came from, recorded on its session's rows (auth's ClientContext fits). */
export interface SessionOrigin {
  ip?: string;
  userAgent?: string;
}

export interface IssuedSession {
  sessionId: string;
  refreshToken: string;
}

/** The outcome of presenting a refresh token, decided inside the rotation transaction. */
type RotationOutcome =
  | { kind: 'rotated'; userId: string; session: IssuedSession }
  | { kind: 'invalid' | 'revoked' | 'reused' | 'expired' | 'disabled' };

/**
 * Sign-in sessions. A session is a chain of refresh tokens sharing a
 * `session_id`; exactly one link is live at a time. Rotation revokes the
 * presented link and issues the next in one transaction; presenting a link
 * that was already rotated away ends the whole session (token theft is the
 * likely cause).
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger(SessionsService.name);

  constructor(
    private readonly tokens: TokensRepository,
    private readonly owners: TokenOwnersRepository,
    private readonly db: Database,
    @Inject(authConfig.KEY) private readonly settings: AuthSettings,
    private readonly audit: AuditService,
  ) {}

  async start(userId: string, client: SessionOrigin, now = new Date()): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const refreshToken = await this.issueRefreshToken(userId, sessionId, now, now, client);
    return { sessionId, refreshToken };
  }

  /** Exchanges a refresh token for the next one in its session. */
  async rotate(
    presented: string,
    client: SessionOrigin,
  ): Promise<{ userId: string; session: IssuedSession }> {
    if (!looksLikeTokenValue(presented))
      throw AuthErrors.invalid('The refresh token is malformed or unknown.');
    const now = new Date();
    const outcome = await this.db.transaction(async (): Promise<RotationOutcome> => {
      const found = await this.owners.findRefreshToken(hashTokenValue(presented));
      if (!found || !found.token.session_id) return { kind: 'invalid' };
      const current = found.token as TokenEntity & { session_id: string };
      if (current.revoked_at) {
        if (current.revoked_reason !== 'rotated') return { kind: 'revoked' };
        await this.revokeReusedSession(current, now);
        return { kind: 'reused' };
      }
      if (current.expires_at && current.expires_at <= now) return { kind: 'expired' };
      if (!found.ownerIsActive) return { kind: 'disabled' };
      // Compare-and-set: of concurrent rotations of one token exactly one gets here first;
      // the others find it revoked and are treated as reuse.
      if (!(await this.tokens.revokeIfLive(current.id, 'rotated', now))) {
        await this.revokeReusedSession(current, now);
        return { kind: 'reused' };
      }
      const refreshToken = await this.issueRefreshToken(
        current.user_id,
        current.session_id,
        current.session_started_at ?? current.created_at,
        now,
        client,
      );
      await this.audit.record({
        action: 'session.refreshed',
        actor: userActor(current.user_id),
        target: { type: 'session', id: current.session_id },
      });
      return {
        kind: 'rotated',
        userId: current.user_id,
        session: { sessionId: current.session_id, refreshToken },
      };
    });

    switch (outcome.kind) {
      case 'rotated':
        return { userId: outcome.userId, session: outcome.session };
      case 'reused':
        this.logger.warn('Refresh token reuse detected: session revoked');
        throw AuthErrors.reused();
      case 'revoked':
        throw AuthErrors.revoked();
      case 'expired':
        throw AuthErrors.expired();
      case 'disabled':
        throw AuthErrors.accountDisabled();
      default:
        throw AuthErrors.invalid('The refresh token is malformed or unknown.');
    }
  }

  /**
   * Reuse of an exchanged refresh token ends its session; the event is written
   * with the revocation (it is a change). Whoever presented the token is
   * unknown, so the actor stays anonymous and the owner goes in the details.
   */
  private async revokeReusedSession(current: TokenEntity, now: Date): Promise<void> {
    const sessionId = current.session_id as string;
    await this.tokens.revokeSession(sessionId, 'reuse_detected', now);
    await this.audit.record({
      action: 'session.reuse_detected',
      outcome: 'failure',
      target: { type: 'session', id: sessionId },
      details: { user_id: current.user_id },
    });
  }

  /** Ends one session at once: its access tokens are refused on the next request. */
  async end(sessionId: string, reason = 'logout'): Promise<void> {
    await this.tokens.revokeSession(sessionId, reason, new Date());
  }

  /** Ends every session of a user (optionally all but one). */
  async endAllForUser(userId: string, reason: string, exceptSessionId?: string): Promise<void> {
    await this.tokens.revokeUserSessions(userId, reason, new Date(), exceptSessionId);
  }

  /** Ends one of the user's own live sessions; anything else (someone else's, ended, unknown) is 404. */
  async endOwn(userId: string, sessionId: string): Promise<void> {
    if (!(await this.tokens.revokeSessionOfUser(userId, sessionId, 'ended_by_user', new Date())))
      throw TokenErrors.sessionNotFound();
  }

  /**
   * The user's live sessions: for each, its live refresh link (which carries
   * the session id, when it began, when it was last used and from where).
   */
  async listForUser(
    userId: string,
    page: RowPage & { sort: SessionSortField },
  ): Promise<Page<TokenEntity>> {
    return this.tokens.listLiveSessions(userId, new Date(), page);
  }

  /**
   * Identifies the user behind an access token's session from current data,
   * on every request. Throws when the session has ended or the user is gone;
   * whether the user may call is the caller policy's decision.
   */
  async ownerOf(sessionId: string, userId: string): Promise<SessionOwner> {
    const owner = await this.owners.findSessionOwner(sessionId, userId, new Date());
    if (!owner) throw AuthErrors.revoked();
    return owner;
  }

  /**
   * Records that an admitted caller used a session's refresh link or a
   * personal access token, at most once a minute, off the request's path.
   */
  recordUse(tokenId: string, lastUsedAt: Date | null): void {
    this.owners.touchIfStale(tokenId, lastUsedAt, new Date());
  }

  private async issueRefreshToken(
    userId: string,
    sessionId: string,
    sessionStartedAt: Date,
    now: Date,
    client: SessionOrigin,
  ): Promise<string> {
    const value = generateTokenValue();
    const row = newTokenRow(value, {
      user_id: userId,
      type: TOKEN_TYPE.refresh,
      session_id: sessionId,
      session_started_at: sessionStartedAt,
      created_at: now,
      expires_at: new Date(now.getTime() + this.settings.refreshTokenTtlSeconds * 1000),
      last_used_at: now,
      user_agent: client.userAgent?.slice(0, 255) ?? null,
      ip: client.ip?.slice(0, 45) ?? null,
    });
    await this.tokens.insert(row);
    return value;
  }
}
