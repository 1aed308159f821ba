import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { timestampColumn, uuidColumn } from '../../database/column-types';

/** A verification link (SPEC §11): for one address, stored as a hash, single use. */
@Entity({ name: 'email_verifications' })
@Index('UQ_email_verifications_token_hash', ['token_hash'], { unique: true })
@Index('IDX_email_verifications_user_id', ['user_id'])
export class EmailVerificationEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column(uuidColumn)
  user_id!: string;

  /** The address the link was mailed to; it verifies only while the account still has it. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** SHA-256 (hex) of the link's token. */
  @Column({ type: 'varchar', length: 64 })
  token_hash!: string;

  @Column(timestampColumn)
  created_at!: Date;

  @Column(timestampColumn)
  expires_at!: Date;

  @Column({ ...timestampColumn, nullable: true })
  used_at!: Date | null;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_email_verifications_user_id' })
  user?: Relation<object>;
}
