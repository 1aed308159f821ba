import { AuditService } from '../audit/audit.service';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Page } from '../common/pagination/pagination.dto';
import { validationFailed } from '../common/validation/validation.pipe';
import { authConfig, type AuthSettings } from '../config/auth.config';
import type { CallerAccount } from '../common/auth/authenticated-user';
import {
  ADMIN_SCOPES,
  parseScopes,
  serializeScopes,
  type TokenScope,
} from '../common/auth/token-scopes';
import { TOKEN_TYPE, type TokenEntity } from './token.entity';
import { newTokenRow } from './token-rows';
import { AuthErrors } from '../common/errors/auth-errors';
import { TokenErrors } from './token.errors';
import { generateTokenValue, hashTokenValue, looksLikeTokenValue } from './token-values';
import { TokenOwnersRepository } from './token-owners.repository';
import { TokensRepository, type PersonalTokenSortField, type RowPage } from './tokens.repository';

/** Marks a personal access token, so the guard (and secret scanners) can tell it from a JWT. */
export const PERSONAL_TOKEN_PREFIX = 'rvp_';

const DAY_MS = 86_400_000;

export interface IssuedPersonalToken {
  row: TokenEntity;
  /** The value: returned to its owner this once, stored only as a hash. */
  token: string;
}

/** A valid personal access token and its owner (whether the owner may call is the caller policy's decision). */
export interface PersonalTokenOwner {
  user: CallerAccount;
  tokenId: string;
  lastUsedAt: Date | null;
  /** Null: the owner's full access. */
  scopes: TokenScope[] | null;
}

/**
 * Personal access tokens for integrators: long-lived, named, optionally
 * expiring, stored as `TOKEN_TYPE.personal` rows holding only a hash. One
 * authenticates as its owner until it is revoked or expires, and only while
 * the owner exists and is active (checked on every request).
 */
@Injectable()
export class PersonalTokensService {
  private readonly logger = new Logger(PersonalTokensService.name);

  constructor(
    private readonly tokens: TokensRepository,
    private readonly owners: TokenOwnersRepository,
    @Inject(authConfig.KEY) private readonly settings: AuthSettings,
    private readonly audit: AuditService,
  ) {}

  async create(
    owner: Pick<CallerAccount, 'id' | 'is_admin'>,
    input: { name: string; expiresInDays?: number; scopes?: readonly TokenScope[] },
    now = new Date(),
  ): Promise<IssuedPersonalToken> {
    const userId = owner.id;
    const adminOnly = (input.scopes ?? []).filter((scope) => ADMIN_SCOPES.includes(scope));
    if (adminOnly.length > 0 && !owner.is_admin) {
      throw validationFailed([
        { field: 'scopes', message: `only administrators may hold ${adminOnly.join(', ')}` },
      ]);
    }
    const maxDays = this.settings.personalTokenMaxExpiryDays;
    if (input.expiresInDays !== undefined && input.expiresInDays > maxDays) {
      throw validationFailed([
        {
          field: 'expires_in_days',
          message: `expires_in_days must not be greater than ${maxDays}`,
        },
      ]);
    }
    const token = generateTokenValue(PERSONAL_TOKEN_PREFIX);
    const row = newTokenRow(token, {
      user_id: userId,
      type: TOKEN_TYPE.personal,
      name: input.name,
      scopes: serializeScopes(input.scopes ?? null),
      created_at: now,
      expires_at:
        input.expiresInDays === undefined
          ? null
          : new Date(now.getTime() + input.expiresInDays * DAY_MS),
    });
    await this.audit.withEvent(
      () => this.tokens.insert(row),
      () => ({
        action: 'token.created',
        target: { type: 'token', id: row.id },
        details: {
          name: input.name,
          expires_at: row.expires_at?.toISOString() ?? null,
          scopes: row.scopes,
        },
      }),
    );
    this.logger.log({ user_id: userId, token_id: row.id }, 'Personal access token created');
    return { row, token };
  }

  async list(
    userId: string,
    page: RowPage & { sort: PersonalTokenSortField },
  ): Promise<Page<TokenEntity>> {
    return this.tokens.listPersonalTokens(userId, page);
  }

  /** Revokes one of the user's tokens; someone else's, unknown or already revoked is 404. */
  async revoke(userId: string, id: string): Promise<void> {
    const revoked = await this.audit.withEvent(
      () => this.tokens.revokePersonalToken(userId, id, new Date()),
      (done) => (done ? { action: 'token.revoked', target: { type: 'token', id } } : null),
    );
    if (!revoked) throw TokenErrors.personalTokenNotFound();
    this.logger.log({ user_id: userId, token_id: id }, 'Personal access token revoked');
  }

  /**
   * Identifies the owner of a presented token: one indexed join on the token
   * hash. Refuses an unknown, revoked or expired token; the owner's own state
   * is for the caller policy.
   */
  async identify(presented: string): Promise<PersonalTokenOwner> {
    const unknown = () => AuthErrors.invalid('The personal access token is malformed or unknown.');
    if (!looksLikeTokenValue(presented, PERSONAL_TOKEN_PREFIX)) throw unknown();
    const found = await this.owners.findPersonalToken(hashTokenValue(presented));
    if (!found) throw unknown();
    if (found.revokedAt) throw AuthErrors.revoked();
    if (found.expiresAt && found.expiresAt <= new Date()) throw AuthErrors.expired();
    return {
      user: found.user,
      tokenId: found.tokenId,
      lastUsedAt: found.lastUsedAt,
      scopes: parseScopes(found.scopes),
    };
  }

  /** Records that an admitted caller used the token, at most once a minute, off the request's path. */
  recordUse(tokenId: string, lastUsedAt: Date | null): void {
    this.owners.touchIfStale(tokenId, lastUsedAt, new Date());
  }
}
