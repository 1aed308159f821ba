import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Database } from '../database/database.service';
import { UserEntity } from '../users/user.entity';
import { TokenEntity, type TokenType } from './token.entity';

/** A live session's refresh row joined with its user, as the authentication guard needs it. */
export interface SessionOwner {
  user: UserEntity;
  tokenId: string;
  lastUsedAt: Date | null;
}

const USER_COLUMNS = [
  'id',
  'username',
  'username_normalized',
  'email',
  'is_active',
  'is_admin',
  'created_at',
  'updated_at',
] as const;

/** Named queries on `tokens`; every call goes through `Database` (transactions, SQLite turns). */
@Injectable()
export class TokensRepository {
  private readonly sessionOwnerSql: string;

  constructor(
    private readonly db: Database,
    private readonly dataSource: DataSource,
  ) {
    // The authentication guard runs this on every request: one indexed join,
    // written once as SQL rather than rebuilt by the query builder each time.
    this.sessionOwnerSql = `SELECT ${USER_COLUMNS.map((c) => `u.${c} AS ${c}`).join(', ')}, t.id AS token_id, t.last_used_at AS token_last_used_at
      FROM tokens t INNER JOIN users u ON u.id = t.user_id
      WHERE t.session_id = :sessionId AND t.user_id = :userId AND t.type = 'refresh'
        AND t.revoked_at IS NULL AND t.expires_at > :now
      LIMIT 1`;
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
          type: 'refresh',
        });
      if (exceptSessionId)
        query.andWhere('(session_id IS NULL OR session_id <> :exceptSessionId)', {
          exceptSessionId,
        });
      return query.execute();
    });
    return result.affected ?? 0;
  }

  /** The user behind a live session, or null when the session has ended (or the user is gone). */
  async findSessionOwner(
    sessionId: string,
    userId: string,
    now: Date,
  ): Promise<SessionOwner | null> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      this.sessionOwnerSql,
      { sessionId, userId, now },
      {},
    );
    const rows = await this.db.run((m) => m.query<Array<Record<string, unknown>>>(sql, parameters));
    const row = rows[0];
    if (!row) return null;
    return {
      user: this.hydrateUser(row),
      tokenId: row.token_id as string,
      lastUsedAt: this.hydrate(TokenEntity, 'last_used_at', row.token_last_used_at) as Date | null,
    };
  }

  /** Records use; callers throttle how often (it is a write). */
  async touch(id: string, now: Date): Promise<void> {
    await this.db.run((m) => this.tokens(m).update({ id }, { last_used_at: now }));
  }

  private hydrateUser(row: Record<string, unknown>): UserEntity {
    const user = new UserEntity();
    for (const column of USER_COLUMNS) {
      (user as unknown as Record<string, unknown>)[column] = this.hydrate(
        UserEntity,
        column,
        row[column],
      );
    }
    return user;
  }

  /** Raw values differ by driver (0/1 vs booleans, text vs Date); let the driver convert them. */
  private hydrate(
    entity: typeof UserEntity | typeof TokenEntity,
    property: string,
    value: unknown,
  ): unknown {
    const column = this.dataSource.getMetadata(entity).findColumnWithPropertyName(property);
    return column ? this.dataSource.driver.prepareHydratedValue(value, column) : value;
  }
}
