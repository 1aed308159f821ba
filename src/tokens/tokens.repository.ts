import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { errorMessage } from '../common/errors/error-message';
import { readPage, type ListOrder, type PageRequest } from '../common/pagination/list-page';
import type { Page } from '../common/pagination/pagination.dto';
import { Database } from '../database/database.service';
import { UserEntity } from '../users/user.entity';
import { TokenEntity, type TokenType } from './token.entity';

/** A live session's refresh row joined with its user, as the authentication guard needs it. */
export interface SessionOwner {
  user: UserEntity;
  tokenId: string;
  lastUsedAt: Date | null;
}

/** A personal access token's row (whatever its state) joined with its owner. */
export interface PersonalTokenRow {
  user: UserEntity;
  tokenId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** One page of a user's rows, in a fixed order. */
export interface RowPage extends PageRequest {
  order: 'asc' | 'desc';
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

const USER_SELECT = USER_COLUMNS.map((c) => `u.${c} AS ${c}`).join(', ');

/** SQL with named parameters turned into the driver's positional placeholders, once. */
interface CompiledQuery {
  sql: string;
  order: string[];
}

/**
 * Looked up on every request authenticated by an access JWT: one indexed join
 * (the session index), the session's owner and its live refresh link.
 */
const SESSION_OWNER_SQL = `SELECT ${USER_SELECT}, t.id AS token_id, t.last_used_at AS token_last_used_at
  FROM tokens t INNER JOIN users u ON u.id = t.user_id
  WHERE t.session_id = :sessionId AND t.type = 'refresh'
    AND t.revoked_at IS NULL AND t.expires_at > :now
  LIMIT 1`;

/**
 * Looked up on every request authenticated by a personal access token: one
 * indexed join on the unique token hash. The row comes back whatever its
 * state, so the caller can say why it is refused.
 */
const PERSONAL_TOKEN_OWNER_SQL = `SELECT ${USER_SELECT}, t.id AS token_id, t.expires_at AS token_expires_at,
    t.revoked_at AS token_revoked_at, t.last_used_at AS token_last_used_at
  FROM tokens t INNER JOIN users u ON u.id = t.user_id
  WHERE t.token = :hash AND t.type = 'access'
  LIMIT 1`;

/** Named queries on `tokens`; every call goes through `Database` (transactions, SQLite turns). */
/** How often `last_used_at` may be written for one token. */
export const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class TokensRepository {
  /**
   * The per-request lookups are compiled once to the driver's positional SQL
   * (and, on SQLite, to a prepared statement) instead of being rebuilt by the
   * query builder each time.
   */
  private readonly logger = new Logger(TokensRepository.name);
  private readonly compiled = new Map<string, CompiledQuery>();
  private readonly statements = new Map<string, { get(...parameters: unknown[]): unknown }>();
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
          { sessionId, userId, type: 'refresh', now },
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
            { userId, type: 'refresh', now },
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
            type: 'access',
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
        { id, user_id: userId, type: 'access', revoked_at: IsNull() },
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
          type: 'reset',
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
          type: 'reset',
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

  /** The user behind a live session, or null when the session has ended (or the user is gone). */
  async findSessionOwner(
    sessionId: string,
    userId: string,
    now: Date,
  ): Promise<SessionOwner | null> {
    const row = await this.queryOne(SESSION_OWNER_SQL, {
      sessionId,
      now: this.dataSource.driver.preparePersistentValue(now, this.column('tokens.expires_at')),
    });
    // The session must belong to the user the token names (checked here, so the query can use the session index).
    if (!row || row.id !== userId) return null;
    return {
      user: this.hydrateUser(row),
      tokenId: row.token_id as string,
      lastUsedAt: this.hydrate('tokens.last_used_at', row.token_last_used_at) as Date | null,
    };
  }

  /** A personal access token by the hash of its value, with its owner; null when unknown. */
  async findPersonalToken(hash: string): Promise<PersonalTokenRow | null> {
    const row = await this.queryOne(PERSONAL_TOKEN_OWNER_SQL, { hash });
    if (!row) return null;
    return {
      user: this.hydrateUser(row),
      tokenId: row.token_id as string,
      expiresAt: this.hydrate('tokens.expires_at', row.token_expires_at) as Date | null,
      revokedAt: this.hydrate('tokens.revoked_at', row.token_revoked_at) as Date | null,
      lastUsedAt: this.hydrate('tokens.last_used_at', row.token_last_used_at) as Date | null,
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
        this.logger.warn({ err: errorMessage(error), token_id: id }, 'Could not record token use'),
      );
  }

  private async queryOne(
    namedSql: string,
    named: Record<string, unknown>,
  ): Promise<Record<string, unknown> | undefined> {
    let query = this.compiled.get(namedSql);
    if (!query) {
      query = this.compile(namedSql, Object.keys(named));
      this.compiled.set(namedSql, query);
    }
    const compiled = query;
    const parameters = compiled.order.map((name) => named[name]);
    return this.db.run(async (m) => {
      if (this.db.driver === 'sqlite') {
        // better-sqlite3 is synchronous: a cached statement skips TypeORM's per-query bookkeeping.
        return this.sqliteStatement(compiled.sql).get(...parameters) as
          Record<string, unknown> | undefined;
      }
      const rows = await m.query<Array<Record<string, unknown>>>(compiled.sql, parameters);
      return rows[0];
    });
  }

  private compile(namedSql: string, names: string[]): CompiledQuery {
    // Let the driver turn named parameters into its own placeholders; markers record the order.
    const markers = Object.fromEntries(names.map((name) => [name, `\u0001${name}`]));
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(namedSql, markers, {});
    return { sql, order: (values as string[]).map((value) => value.slice(1)) };
  }

  private sqliteStatement(sql: string): { get(...parameters: unknown[]): unknown } {
    let statement = this.statements.get(sql);
    if (!statement) {
      const connection = (
        this.dataSource.driver as unknown as {
          databaseConnection: { prepare(sql: string): { get(...p: unknown[]): unknown } };
        }
      ).databaseConnection;
      statement = connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private hydrateUser(row: Record<string, unknown>): UserEntity {
    const user = new UserEntity();
    this.userColumns ??= USER_COLUMNS.map((name) => [name, this.column(`users.${name}`)]);
    for (const [name, column] of this.userColumns) {
      (user as unknown as Record<string, unknown>)[name] =
        this.dataSource.driver.prepareHydratedValue(row[name], column);
    }
    return user;
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
