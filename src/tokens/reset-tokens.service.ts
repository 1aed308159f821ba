import { Inject, Injectable } from '@nestjs/common';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { Database } from '../database/database.service';
import { newTokenRow } from './token-rows';
import { generateTokenValue, hashTokenValue, looksLikeTokenValue } from './token-values';
import { TokensRepository } from './tokens.repository';

export interface IssuedResetToken {
  /** The value for the emailed link; stored only as a hash. */
  token: string;
  expiresAt: Date;
}

/** A reset token that was usable when looked up; `claim` decides whether it still is. */
export interface ResetTicket {
  id: string;
  userId: string;
}

/**
 * Password-reset tokens (`type = 'reset'`): 32 random bytes, stored as a
 * hash, valid PASSWORD_RESET_TTL_SECONDS, single-use, and only the newest one
 * of a user works.
 */
@Injectable()
export class ResetTokensService {
  constructor(
    private readonly tokens: TokensRepository,
    private readonly db: Database,
    @Inject(authConfig.KEY) private readonly settings: AuthSettings,
  ) {}

  get ttlSeconds(): number {
    return this.settings.passwordResetTtlSeconds;
  }

  /**
   * Issues a new token and revokes the user's older live ones, in one
   * transaction. Inserting first and then revoking "all but this one" means
   * two concurrent requests cannot both leave a live token behind: on MySQL
   * they collide on each other's new row (a deadlock, retried by `Database`).
   */
  issue(userId: string): Promise<IssuedResetToken> {
    return this.db.transaction(async () => {
      const now = new Date();
      const token = generateTokenValue();
      const row = newTokenRow(token, {
        user_id: userId,
        type: 'reset',
        created_at: now,
        expires_at: new Date(now.getTime() + this.settings.passwordResetTtlSeconds * 1000),
      });
      await this.tokens.insert(row);
      await this.tokens.revokeResetTokens(userId, 'superseded', now, row.id);
      return { token, expiresAt: row.expires_at as Date };
    });
  }

  /**
   * The token behind a presented value if it is, right now, unused and
   * unexpired; null for anything else (malformed, unknown, used, superseded,
   * expired), which callers answer identically.
   */
  async findUsable(presented: string, now = new Date()): Promise<ResetTicket | null> {
    if (!looksLikeTokenValue(presented)) return null;
    const row = await this.tokens.findByHash(hashTokenValue(presented), 'reset');
    if (!row || row.revoked_at || !row.expires_at || row.expires_at <= now) return null;
    return { id: row.id, userId: row.user_id };
  }

  /**
   * Voids every outstanding link of the user (see `resetLinkRevocation` in
   * the users rules for when). Joins the caller's transaction, so the change
   * and the revocation are stored together.
   */
  async revokeAll(userId: string, reason: string): Promise<void> {
    await this.tokens.revokeResetTokens(userId, reason, new Date());
  }

  /** Consumes the token (compare-and-set). True for exactly one of any number of concurrent claims. */
  claim(ticket: ResetTicket, now = new Date()): Promise<boolean> {
    return this.tokens.claimResetToken(ticket.id, now);
  }
}
