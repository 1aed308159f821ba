import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { CallerAccount } from '../common/auth/authenticated-user';
import { errorForLog } from '../common/errors/error-for-log';
import { Database } from '../database/database.service';
import { PreparedQuery, type ColumnSelection } from '../database/prepared-query';
import { TOKEN_TYPE, TokenEntity, type TokenType } from './token.entity';

/** A live session's refresh row joined with its user, as the authentication guard needs it. */
export interface SessionOwner {
  user: CallerAccount;
  tokenId: string;
  lastUsedAt: Date | null;
}

/** A personal access token's row (whatever its state) joined with its owner. */
export interface PersonalTokenRow {
  user: CallerAccount;
  tokenId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** One page of a user's rows, in a fixed order. */
export interface RowPage {
  offset: number;
  limit: number;
  order: 'asc' | 'desc';
}

export type SessionSortField = 'created_at' | 'last_used_at';
export type PersonalTokenSortField = 'created_at' | 'last_used_at' | 'name';

const SESSION_SORT_COLUMNS: Record<SessionSortField, string> = {
  // A session began when its first refresh token was issued; later links copy that time.
  created_at: 't.session_started_at',
  last_used_at: 't.last_used_at',
};

const PERSONAL_TOKEN_SORT_COLUMNS: Record<PersonalTokenSortField, string> = {
  created_at: 't.created_at',
  last_used_at: 't.last_used_at',
  name: 't.name',
};

/** Which dead rows the purge looks for, each through its own index. */
export type PurgeCandidates = 'expired' | 'revoked';

/**
 * The owner's columns read with a credential: everything but the password
 * hash and the normalised username (nobody on the authenticated path needs
 * them). The users table is named by its entity name, not imported: tokens
 * sit below users, and only these two reads join it.
 */
const OWNER: ColumnSelection = {
  alias: 'u',
  entity: 'UserEntity',
  except: ['hashed_password', 'username_normalized'],
};

/** How often `last_used_at` may be written for one token. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Named queries on `tokens`; every call goes through `Database` (transactions, SQLite turns). */
@Injectable()
export class TokensRepository {
  private readonly logger = new Logger(TokensRepository.name);
  /**
   * Read on every request authenticated by an access JWT: the session's live
   * refresh link (through the session index) joined with its owner on the
   * users primary key. Compiled at boot (database/prepared-query.ts).
   */
  private readonly sessionOwner: PreparedQuery;
  /**
   * Read on every request authenticated by a personal access token: the row
   * (whatever its state, so the caller can say why it is refused) by its
   * unique hash, joined with its owner.
   */
  private readonly personalTokenOwner: PreparedQuery;

  constructor(
    private readonly db: Database,
    dataSource: DataSource,
  ) {
    const parameter = (column: string) => ({ entity: TokenEntity, column });
    this.sessionOwner = new PreparedQuery(dataSource, db, {
      select: [OWNER, { alias: 't', entity: TokenEntity, only: ['id', 'last_used_at'] }],
      from: `FROM tokens t INNER JOIN users u ON u.id = t.user_id
        WHERE t.session_id = :sessionId AND t.type = '${TOKEN_TYPE.refresh}'
          AND t.revoked_at IS NULL AND t.expires_at > :now
        LIMIT 1`,
      parameters: { sessionId: parameter('session_id'), now: parameter('expires_at') },
    });
    this.personalTokenOwner = new PreparedQuery(dataSource, db, {
      select: [
        OWNER,
        {
          alias: 't',
          entity: TokenEntity,
          only: ['id', 'expires_at', 'revoked_at', 'last_used_at'],
        },
      ],
      from: `FROM tokens t INNER JOIN users u ON u.id = t.user_id
        WHERE t.token = :hash AND t.type = '${TOKEN_TYPE.personal}'
        LIMIT 1`,
      parameters: { hash: parameter('token') },
    });
  }

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

  /**
   * A refresh token by its hash, with whether its owner is active (rotation
   * refuses a deactivated owner); read in the rotation's transaction.
   */
  async findRefreshToken(
    hash: string,
  ): Promise<{ token: TokenEntity; ownerIsActive: boolean } | null> {
    const { entities, raw } = await this.db.run((m) =>
      this.tokens(m)
        .createQueryBuilder('t')
        .innerJoin('UserEntity', 'u', 'u.id = t.user_id')
        .addSelect('u.is_active', 'owner_is_active')
        .where('t.token = :hash AND t.type = :type', { hash, type: TOKEN_TYPE.refresh })
        .getRawAndEntities<{ owner_is_active: unknown }>(),
    );
    if (entities.length === 0) return null;
    // Raw booleans are 0/1 on SQLite and MySQL alike.
    return { token: entities[0], ownerIsActive: Number(raw[0].owner_is_active) === 1 };
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
  async revokeUserSessions(
    userId: string,
    reason: string,
    now: Date,
    exceptSessionId?: string,
  ): Promise<number> {
    const result = await this.db.run((m) => {
      const query = m
        .createQueryBuilder()
        .update(TokenEntity)
        .set({ revoked_at: now, revoked_reason: reason })
        .where('user_id = :userId AND type = :type AND revoked_at IS NULL', {
          userId,
          type: TOKEN_TYPE.refresh,
        });
      if (exceptSessionId)
        query.andWhere('(session_id IS NULL OR session_id <> :exceptSessionId)', {
          exceptSessionId,
        });
      return query.execute();
    });
    return result.affected ?? 0;
  }

  /** The live link of each of the user's live sessions (one per session), with the total. */
  listLiveSessions(
    userId: string,
    now: Date,
    page: RowPage & { sort: SessionSortField },
  ): Promise<[TokenEntity[], number]> {
    const direction = page.order === 'asc' ? 'ASC' : 'DESC';
    return this.db.run((m) =>
      this.tokens(m)
        .createQueryBuilder('t')
        .where(
          't.user_id = :userId AND t.type = :type AND t.revoked_at IS NULL AND t.expires_at > :now',
          { userId, type: TOKEN_TYPE.refresh, now },
        )
        .orderBy(SESSION_SORT_COLUMNS[page.sort], direction)
        .addOrderBy('t.id', direction)
        .offset(page.offset)
        .limit(page.limit)
        .getManyAndCount(),
    );
  }

  /** The user's personal access tokens that have not been revoked (expired ones included). */
  listPersonalTokens(
    userId: string,
    page: RowPage & { sort: PersonalTokenSortField },
  ): Promise<[TokenEntity[], number]> {
    const direction = page.order === 'asc' ? 'ASC' : 'DESC';
    return this.db.run((m) =>
      this.tokens(m)
        .createQueryBuilder('t')
        .where('t.user_id = :userId AND t.type = :type AND t.revoked_at IS NULL', {
          userId,
          type: TOKEN_TYPE.personal,
        })
        .orderBy(PERSONAL_TOKEN_SORT_COLUMNS[page.sort], direction)
        .addOrderBy('t.id', direction)
        .offset(page.offset)
        .limit(page.limit)
        .getManyAndCount(),
    );
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
  async revokeResetTokens(
    userId: string,
    reason: string,
    now: Date,
    keepId?: string,
  ): Promise<number> {
    const result = await this.db.run((m) => {
      const query = m
        .createQueryBuilder()
        .update(TokenEntity)
        .set({ revoked_at: now, revoked_reason: reason })
        .where('user_id = :userId AND type = :type AND revoked_at IS NULL', {
          userId,
          type: TOKEN_TYPE.reset,
        });
      if (keepId) query.andWhere('id <> :keepId', { keepId });
      return query.execute();
    });
    return result.affected ?? 0;
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
      else
        query.where(
          "t.revoked_at < :cutoff AND (t.revoked_reason IS NULL OR t.revoked_reason <> 'rotated')",
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

  /** The user behind a live session, or null when the session has ended (or the user is gone). */
  async findSessionOwner(
    sessionId: string,
    userId: string,
    now: Date,
  ): Promise<SessionOwner | null> {
    const row = await this.sessionOwner.get({ sessionId, now });
    // The session must belong to the user the token names (checked here, so the query can use the session index).
    if (!row || row.u.id !== userId) return null;
    return {
      user: row.u as unknown as CallerAccount,
      tokenId: row.t.id as string,
      lastUsedAt: row.t.last_used_at as Date | null,
    };
  }

  /** A personal access token by the hash of its value, with its owner; null when unknown. */
  async findPersonalToken(hash: string): Promise<PersonalTokenRow | null> {
    const row = await this.personalTokenOwner.get({ hash });
    if (!row) return null;
    return {
      user: row.u as unknown as CallerAccount,
      tokenId: row.t.id as string,
      expiresAt: row.t.expires_at as Date | null,
      revokedAt: row.t.revoked_at as Date | null,
      lastUsedAt: row.t.last_used_at as Date | null,
    };
  }

  /**
   * Records that a token was used, at most once per LAST_USED_RESOLUTION_MS
   * (it is a write on the authentication path), without waiting for it: a
   * lost update only blurs "last used".
   */
  touchIfStale(id: string, lastUsedAt: Date | null, now: Date): void {
    if (lastUsedAt && now.getTime() - lastUsedAt.getTime() <= LAST_USED_RESOLUTION_MS) return;
    this.db
      .run((m) => this.tokens(m).update({ id }, { last_used_at: now }))
      .catch((error: unknown) =>
        this.logger.warn({ err: errorForLog(error), token_id: id }, 'Could not record token use'),
      );
  }
}
