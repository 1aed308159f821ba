import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CallerAccount } from '../common/auth/authenticated-user';
import { errorForLog } from '../common/errors/error-for-log';
import { Database } from '../database/database.service';
import { PreparedQuery, type ColumnSelection } from '../database/prepared-query';
import { TOKEN_TYPE, TokenEntity } from './token.entity';

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
  /** As stored: space-separated, or null for full access. */
  scopes: string | null;
}

/**
 * The owner's columns read with a credential: everything but the password
 * hash, the normalised username and SCIM's userName (nobody on the
 * authenticated path needs them). The users table is named by its entity name, not imported: tokens
 * sit below users, and only these two reads join it.
 */
const OWNER: ColumnSelection = {
  alias: 'u',
  entity: 'UserEntity',
  except: ['hashed_password', 'username_normalized', 'scim_user_name', 'scim_user_name_normalized'],
};

/** How often `last_used_at` may be written for one token. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The reads that join a credential's row with its owner: the two run on
 * every authenticated request (prepared at boot), and the refresh rotation's;
 * and the record of a credential's use.
 */
@Injectable()
export class TokenOwnersRepository {
  private readonly logger = new Logger(TokenOwnersRepository.name);
  /**
   * Read on every request authenticated by an access JWT: the session's live
   * refresh link (through the session index) joined with its owner on the
   * users primary key. Compiled at boot (database/prepared-query.ts).
   */
  private readonly sessionOwner: PreparedQuery<{
    u: CallerAccount;
    t: Pick<TokenEntity, 'id' | 'last_used_at'>;
  }>;
  /**
   * Read on every request authenticated by a personal access token: the row
   * (whatever its state, so the caller can say why it is refused) by its
   * unique hash, joined with its owner.
   */
  private readonly personalTokenOwner: PreparedQuery<{
    u: CallerAccount;
    t: Pick<TokenEntity, 'id' | 'expires_at' | 'revoked_at' | 'last_used_at' | 'scopes'>;
  }>;

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
          only: ['id', 'expires_at', 'revoked_at', 'last_used_at', 'scopes'],
        },
      ],
      from: `FROM tokens t INNER JOIN users u ON u.id = t.user_id
        WHERE t.token = :hash AND t.type = '${TOKEN_TYPE.personal}'
        LIMIT 1`,
      parameters: { hash: parameter('token') },
    });
  }

  /**
   * A refresh token by its hash, with whether its owner is active (rotation
   * refuses a deactivated owner); read in the rotation's transaction.
   */
  async findRefreshToken(
    hash: string,
  ): Promise<{ token: TokenEntity; ownerIsActive: boolean } | null> {
    const { entities, raw } = await this.db.run((m) =>
      m
        .getRepository(TokenEntity)
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
      user: row.u,
      tokenId: row.t.id,
      lastUsedAt: row.t.last_used_at,
    };
  }

  /** A personal access token by the hash of its value, with its owner; null when unknown. */
  async findPersonalToken(hash: string): Promise<PersonalTokenRow | null> {
    const row = await this.personalTokenOwner.get({ hash });
    if (!row) return null;
    return {
      user: row.u,
      tokenId: row.t.id,
      expiresAt: row.t.expires_at,
      revokedAt: row.t.revoked_at,
      lastUsedAt: row.t.last_used_at,
      scopes: row.t.scopes,
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
      .run((m) => m.getRepository(TokenEntity).update({ id }, { last_used_at: now }))
      .catch((error: unknown) =>
        this.logger.warn({ err: errorForLog(error), token_id: id }, 'Could not record token use'),
      );
  }
}
