import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
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
  /**
   * The authentication guard runs this on every request: one indexed join,
   * compiled once to the driver's positional SQL instead of being rebuilt by
   * the query builder each time.
   */
  private sessionOwnerQuery?: { sql: string; order: string[] };
  private statementCache?: { get(...parameters: unknown[]): unknown };
  private columns?: Map<string, ColumnMetadata>;
  private userColumns?: Array<[string, ColumnMetadata]>;

  constructor(
    private readonly db: Database,
    private readonly dataSource: DataSource,
  ) {}

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
    const query = (this.sessionOwnerQuery ??= this.compileSessionOwnerQuery());
    const named: Record<string, unknown> = {
      sessionId,
      now: this.dataSource.driver.preparePersistentValue(now, this.column('tokens.expires_at')),
    };
    const parameters = query.order.map((name) => named[name]);
    const row = await this.db.run(async (m) => {
      if (this.db.driver === 'sqlite') {
        // better-sqlite3 is synchronous: a cached statement skips TypeORM's per-query bookkeeping.
        return this.sqliteStatement(query.sql).get(...parameters) as
          Record<string, unknown> | undefined;
      }
      const rows = await m.query<Array<Record<string, unknown>>>(query.sql, parameters);
      return rows[0];
    });
    // The session must belong to the user the token names (checked here, so the query can use the session index).
    if (!row || row.id !== userId) return null;
    const user = new UserEntity();
    this.userColumns ??= USER_COLUMNS.map((name) => [name, this.column(`users.${name}`)]);
    for (const [name, column] of this.userColumns) {
      (user as unknown as Record<string, unknown>)[name] =
        this.dataSource.driver.prepareHydratedValue(row[name], column);
    }
    return {
      user,
      tokenId: row.token_id as string,
      lastUsedAt: this.hydrate('tokens.last_used_at', row.token_last_used_at) as Date | null,
    };
  }

  /** Records use; callers throttle how often (it is a write). */
  async touch(id: string, now: Date): Promise<void> {
    await this.db.run((m) => this.tokens(m).update({ id }, { last_used_at: now }));
  }

  private compileSessionOwnerQuery(): { sql: string; order: string[] } {
    const named = `SELECT ${USER_COLUMNS.map((c) => `u.${c} AS ${c}`).join(', ')}, t.id AS token_id, t.last_used_at AS token_last_used_at
      FROM tokens t INNER JOIN users u ON u.id = t.user_id
      WHERE t.session_id = :sessionId AND t.type = 'refresh'
        AND t.revoked_at IS NULL AND t.expires_at > :now
      LIMIT 1`;
    // Let the driver turn named parameters into its own placeholders, once; markers record the order.
    const markers = { sessionId: '\u0001sessionId', now: '\u0001now' };
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(named, markers, {});
    return { sql, order: (values as string[]).map((value) => value.slice(1)) };
  }

  private sqliteStatement(sql: string): { get(...parameters: unknown[]): unknown } {
    if (!this.statementCache) {
      const connection = (
        this.dataSource.driver as unknown as {
          databaseConnection: { prepare(sql: string): { get(...p: unknown[]): unknown } };
        }
      ).databaseConnection;
      this.statementCache = connection.prepare(sql);
    }
    return this.statementCache;
  }

  private column(path: string): ColumnMetadata {
    if (!this.columns) {
      this.columns = new Map();
      for (const entity of [UserEntity, TokenEntity]) {
        const metadata = this.dataSource.getMetadata(entity);
        for (const column of metadata.columns)
          this.columns.set(`${metadata.tableName}.${column.propertyName}`, column);
      }
    }
    const column = this.columns.get(path);
    if (!column) throw new Error(`unknown column ${path}`);
    return column;
  }

  /** Raw values differ by driver (0/1 vs booleans, text vs Date); let the driver convert them. */
  private hydrate(path: string, value: unknown): unknown {
    return this.dataSource.driver.prepareHydratedValue(value, this.column(path));
  }
}
