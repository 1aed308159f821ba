import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { timestampColumn, uuidColumn } from '../database/column-types';

/**
 * What a row authenticates:
 * - `refresh`: one link in a sign-in session's rotation chain (`session_id`);
 * - `reset`: a single-use password-reset token;
 * - `personal`: a long-lived personal access token for integrators. Stored as
 *   `'access'`, the value the rows and the API have always had; in code
 *   "access token" means only the short-lived JWT, which is not stored (it
 *   names its session instead).
 */
export const TOKEN_TYPE = { refresh: 'refresh', reset: 'reset', personal: 'access' } as const;
export type TokenType = (typeof TOKEN_TYPE)[keyof typeof TOKEN_TYPE];

@Entity({ name: 'tokens' })
@Index('UQ_tokens_token', ['token'], { unique: true })
// The session lookup and a user's live rows are one-row/short range reads however much history a user has.
@Index('IDX_tokens_session_id_revoked_at', ['session_id', 'revoked_at'])
@Index('IDX_tokens_user_type_revoked_expires', ['user_id', 'type', 'revoked_at', 'expires_at'])
@Index('IDX_tokens_revoked_reason_revoked_at', ['revoked_reason', 'revoked_at'])
@Index('IDX_tokens_expires_at', ['expires_at'])
@Index('IDX_tokens_revoked_at', ['revoked_at'])
export class TokenEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column(uuidColumn)
  user_id!: string;

  /** SHA-256 (hex) of the token value; the value itself is never stored. */
  @Column({ type: 'varchar', length: 64 })
  token!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: TokenType;

  /** Label of a personal access token. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name!: string | null;

  /**
   * Scopes of a personal access token, space-separated (see token-scopes.ts);
   * null: the owner's full access (tokens made before scopes, or without them).
   */
  @Column({ type: 'varchar', length: 255, nullable: true })
  scopes!: string | null;

  /** Sign-in session a refresh token belongs to; every rotation keeps it. */
  @Column({ ...uuidColumn, nullable: true })
  session_id!: string | null;

  /** When the session began (copied along the rotation chain). */
  @Column({ ...timestampColumn, nullable: true })
  session_started_at!: Date | null;

  @Column(timestampColumn)
  created_at!: Date;

  /** Null only for a personal access token created without an expiry. */
  @Column({ ...timestampColumn, nullable: true })
  expires_at!: Date | null;

  @Column({ ...timestampColumn, nullable: true })
  last_used_at!: Date | null;

  @Column({ ...timestampColumn, nullable: true })
  revoked_at!: Date | null;

  /** Why it was revoked: rotated, logout, reuse_detected, password_changed, used, … */
  @Column({ type: 'varchar', length: 32, nullable: true })
  revoked_reason!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  user_agent!: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  /**
   * The foreign key to the owner (rows go with the user). Never loaded: named
   * by entity name and untyped, because tokens sit below users.
   */
  @ManyToOne('UserEntity', { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_tokens_user_id' })
  user?: Relation<object>;
}
