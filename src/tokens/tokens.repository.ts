import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager, type UpdateQueryBuilder } from 'typeorm';
import { readPage, type ListOrder, type PageRequest } from '../common/pagination/list-page';
import type { Page } from '../common/pagination/pagination.dto';
import { Database } from '../database/database.service';
import { TOKEN_TYPE, TokenEntity, type TokenType } from './token.entity';
import type { SortOrder } from '../common/pagination/cursor';

/** One page of a user's rows, in a fixed order. */
export interface RowPage extends PageRequest {
  order: SortOrder;
}

export type SessionSortField = 'created_at' | 'last_used_at';
export type PersonalTokenSortField = 'created_at' | 'last_used_at' | 'name';

type SortKey = Pick<ListOrder<TokenEntity>, 'key' | 'kind' | 'keyOf'>;

/**
 * Sort keys of the per-user token lists (a handful of live rows each, found
 * by the (user_id, type, revoked_at, expires_at) index). Nullable columns are
 * read as the responses show them, so the key is never NULL and keyset
 * pagination has a total order.
 */
const SESSION_SORT_KEYS: Record<SessionSortField, SortKey> = {
  // A session began when its first refresh token was issued; later links copy that time.
  created_at: {
    key: 'COALESCE(t.session_started_at, t.created_at)',
    kind: 'date',
    keyOf: (t) => t.session_started_at ?? t.created_at,
  },
  last_used_at: {
    key: 'COALESCE(t.last_used_at, t.created_at)',
    kind: 'date',
    keyOf: (t) => t.last_used_at ?? t.created_at,
  },
};

const PERSONAL_TOKEN_SORT_KEYS: Record<PersonalTokenSortField, SortKey> = {
  created_at: { key: 't.created_at', kind: 'date', keyOf: (t) => t.created_at },
  // A token never used sorts as if last used when it was created.
  last_used_at: {
    key: 'COALESCE(t.last_used_at, t.created_at)',
    kind: 'date',
    keyOf: (t) => t.last_used_at ?? t.created_at,
  },
  name: { key: "COALESCE(t.name, '')", kind: 'string', keyOf: (t) => t.name ?? '' },
};

/** Which dead rows the purge looks for, each through its own index. */
export type PurgeCandidates = 'expired' | 'revoked';

/** Named queries on `tokens`; every call goes through `Database` (transactions, SQLite turns). */
@Injectable()
export class TokensRepository {
  constructor(private readonly db: Database) {}

  private tokens(manager: EntityManager) {
    return manager.getRepository(TokenEntity);
  }

  async insert(token: TokenEntity): Promise<void> {
    // updateEntity(false): the row is complete as given; skip TypeORM's read-back of
    // defaulted columns (an extra query on MySQL that also returns raw 0/1 for booleans).
    await this.db.run((m) =>
      m.createQueryBuilder().insert().into(TokenEntity).values(token).updateEntity(false).execute(),
    );
  }

  findByHash(hash: string, type: TokenType): Promise<TokenEntity | null> {
    return this.db.run((m) => this.tokens(m).findOneBy({ token: hash, type }));
  }

  /** Compare-and-set: revokes the row only if it is still live. True when this call revoked it. */
  async revokeIfLive(id: string, reason: string, now: Date): Promise<boolean> {
    const result = await this.db.run((m) =>
      this.tokens(m).update(
        { id, revoked_at: IsNull() },
        { revoked_at: now, revoked_reason: reason, last_used_at: now },
      ),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Revokes every live token of a session. Returns how many were live. */
  async revokeSession(sessionId: string, reason: string, now: Date): Promise<number> {
    const result = await this.db.run((m) =>
      this.tokens(m).update(
        { session_id: sessionId, revoked_at: IsNull() },
        { revoked_at: now, revoked_reason: reason },
      ),
    );
    return result.affected ?? 0;
  }

  /**
   * Revokes one live session, only if it belongs to `userId` (a user may end
   * their own sessions, nobody else's). True when it was live and is now ended.
   */
  async revokeSessionOfUser(
    userId: string,
    sessionId: string,
    reason: string,
    now: Date,
  ): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(TokenEntity)
        .set({ revoked_at: now, revoked_reason: reason })
        .where(
          'session_id = :sessionId AND user_id = :userId AND type = :type AND revoked_at IS NULL AND expires_at > :now',
          { sessionId, userId, type: TOKEN_TYPE.refresh, now },
        )
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Revokes the live refresh tokens of all the user's sessions, optionally sparing one session. */
  revokeUserSessions(
    userId: string,
    reason: string,
    now: Date,
    exceptSessionId?: string,
  ): Promise<number> {
    return this.revokeLiveOfUser(userId, TOKEN_TYPE.refresh, reason, now, (query) => {
      if (exceptSessionId)
        query.andWhere('(session_id IS NULL OR session_id <> :exceptSessionId)', {
          exceptSessionId,
        });
    });
  }

  /** The live link of each of the user's live sessions (one per session), a page at a time. */
  listLiveSessions(
    userId: string,
    now: Date,
    page: RowPage & { sort: SessionSortField },
  ): Promise<Page<TokenEntity>> {
    return this.db.run((m) =>
      readPage(
        m,
        this.tokens(m)
          .createQueryBuilder('t')
          .where(
            't.user_id = :userId AND t.type = :type AND t.revoked_at IS NULL AND t.expires_at > :now',
            { userId, type: TOKEN_TYPE.refresh, now },
          ),
        this.userListOrder('sessions', SESSION_SORT_KEYS[page.sort], page, userId),
        page,
      ),
    );
  }

  /** The user's personal access tokens that have not been revoked (expired ones included). */
  listPersonalTokens(
    userId: string,
    page: RowPage & { sort: PersonalTokenSortField },
  ): Promise<Page<TokenEntity>> {
    return this.db.run((m) =>
      readPage(
        m,
        this.tokens(m)
          .createQueryBuilder('t')
          .where('t.user_id = :userId AND t.type = :type AND t.revoked_at IS NULL', {
            userId,
            type: TOKEN_TYPE.personal,
          }),
        this.userListOrder('personal-tokens', PERSONAL_TOKEN_SORT_KEYS[page.sort], page, userId),
        page,
      ),
    );
  }

  private userListOrder(
    list: string,
    key: SortKey,
    page: RowPage & { sort: string },
    userId: string,
  ): ListOrder<TokenEntity> {
    return {
      list,
      sort: page.sort,
      order: page.order,
      ...key,
      id: 't.id',
      idOf: (t) => t.id,
      filters: { user_id: userId },
    };
  }

  /** Revokes one of the user's personal access tokens. False when it is not theirs or already revoked. */
  async revokePersonalToken(userId: string, id: string, now: Date): Promise<boolean> {
    const result = await this.db.run((m) =>
      this.tokens(m).update(
        { id, user_id: userId, type: TOKEN_TYPE.personal, revoked_at: IsNull() },
        { revoked_at: now, revoked_reason: 'revoked_by_owner' },
      ),
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * Revokes the user's live reset tokens, except `keepId` when given (a newer
   * request supersedes older links; a change of credentials voids them all).
   */
  revokeResetTokens(userId: string, reason: string, now: Date, keepId?: string): Promise<number> {
    return this.revokeLiveOfUser(userId, TOKEN_TYPE.reset, reason, now, (query) => {
      if (keepId) query.andWhere('id <> :keepId', { keepId });
    });
  }

  /**
   * Compare-and-set consumption of a reset token: marks it used only while it
   * is unused and unexpired. Of concurrent claims exactly one sees `true`.
   */
  async claimResetToken(id: string, now: Date): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(TokenEntity)
        .set({ revoked_at: now, revoked_reason: 'used', last_used_at: now })
        .where('id = :id AND type = :type AND revoked_at IS NULL AND expires_at > :now', {
          id,
          type: TOKEN_TYPE.reset,
          now,
        })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * Up to `limit` ids of rows dead since before `cutoff`:
   * - `expired`: `expires_at` before the cutoff;
   * - `revoked`: `revoked_at` before the cutoff, except refresh tokens that
   *   were rotated away. Those are kept until their own expiry has passed the
   *   retention window too, so presenting a stolen, already-exchanged refresh
   *   token is still recognised as reuse (and ends its session) for as long
   *   as it could otherwise have been valid.
   */
  purgeCandidates(kind: PurgeCandidates, cutoff: Date, limit: number): Promise<string[]> {
    return this.db.run(async (m) => {
      const query = this.tokens(m).createQueryBuilder('t').select('t.id', 'id');
      if (kind === 'expired') query.where('t.expires_at < :cutoff', { cutoff });
      // Spelled as ranges of the (revoked_reason, revoked_at) index: every reason
      // but 'rotated', each up to the cutoff. "reason <> 'rotated'" reads the
      // same but walks every rotated link (most of the table) on each batch.
      else
        query.where(
          `(t.revoked_reason IS NULL AND t.revoked_at < :cutoff)
            OR (t.revoked_reason < 'rotated' AND t.revoked_at < :cutoff)
            OR (t.revoked_reason > 'rotated' AND t.revoked_at < :cutoff)`,
          { cutoff },
        );
      const rows = await query.limit(limit).getRawMany<{ id: string }>();
      return rows.map((row) => row.id);
    });
  }

  async deleteByIds(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db.run((m) => this.tokens(m).delete({ id: In(ids) }));
    return result.affected ?? ids.length;
  }

  /** Revokes a user's live rows of one type; `narrow` may spare some. Returns how many were live. */
  private async revokeLiveOfUser(
    userId: string,
    type: TokenType,
    reason: string,
    now: Date,
    narrow: (query: UpdateQueryBuilder<TokenEntity>) => void,
  ): Promise<number> {
    const result = await this.db.run((m) => {
      const query = this.tokens(m)
        .createQueryBuilder()
        .update()
        .set({ revoked_at: now, revoked_reason: reason })
        .where('user_id = :userId AND type = :type AND revoked_at IS NULL', { userId, type });
      narrow(query);
      return query.execute();
    });
    return result.affected ?? 0;
  }
}
