import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { bigintColumn, timestampColumn, uuidColumn } from '../database/column-types';

const USER = { onDelete: 'CASCADE', onUpdate: 'NO ACTION' } as const;

/** A user's TOTP secret: enrolled (enabled_at null) or active. */
@Entity({ name: 'user_mfa' })
export class UserMfaEntity {
  @PrimaryColumn(uuidColumn)
  user_id!: string;

  /** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, base64url (see secret-box.ts). */
  @Column({ type: 'varchar', length: 255 })
  secret_encrypted!: string;

  /** Null until activated with a first code. */
  @Column({ ...timestampColumn, nullable: true })
  enabled_at!: Date | null;

  /** The last TOTP time step accepted: no code of that step or before is accepted again. */
  @Column({ ...bigintColumn, nullable: true })
  last_used_step!: number | null;

  @Column(timestampColumn)
  created_at!: Date;

  @ManyToOne('UserEntity', USER)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_mfa_user_id' })
  user?: Relation<object>;
}

/** One recovery code, hashed; used once. */
@Entity({ name: 'mfa_recovery_codes' })
@Index('UQ_mfa_recovery_codes_user_code', ['user_id', 'code_hash'], { unique: true })
export class MfaRecoveryCodeEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column(uuidColumn)
  user_id!: string;

  @Column({ type: 'varchar', length: 64 })
  code_hash!: string;

  @Column(timestampColumn)
  created_at!: Date;

  @Column({ ...timestampColumn, nullable: true })
  used_at!: Date | null;

  @ManyToOne('UserEntity', USER)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_mfa_recovery_codes_user_id' })
  user?: Relation<object>;
}

/** The `mfa_token` of a sign-in whose password was right, waiting for its second factor. */
@Entity({ name: 'mfa_challenges' })
@Index('UQ_mfa_challenges_token_hash', ['token_hash'], { unique: true })
@Index('IDX_mfa_challenges_user_id', ['user_id'])
export class MfaChallengeEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column(uuidColumn)
  user_id!: string;

  @Column({ type: 'varchar', length: 64 })
  token_hash!: string;

  @Column({ type: 'integer', default: 0 })
  failed_attempts!: number;

  @Column(timestampColumn)
  created_at!: Date;

  @Column(timestampColumn)
  expires_at!: Date;

  /** Set when it was used, or ended by too many wrong codes. */
  @Column({ ...timestampColumn, nullable: true })
  ended_at!: Date | null;

  @ManyToOne('UserEntity', USER)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_mfa_challenges_user_id' })
  user?: Relation<object>;
}
