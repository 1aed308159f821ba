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

/** The one-time code handed to the client after a sign-in (60 seconds, single use); stored hashed. */
@Entity({ name: 'sso_codes' })
@Index('UQ_sso_codes_code_hash', ['code_hash'], { unique: true })
@Index('IDX_sso_codes_expires_at', ['expires_at'])
@Index('IDX_sso_codes_user_id', ['user_id'])
export class SsoCodeEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  code_hash!: string;

  @Column(uuidColumn)
  user_id!: string;

  @Column({ type: 'varchar', length: 32 })
  provider!: string;

  @Column(timestampColumn)
  created_at!: Date;

  @Column(timestampColumn)
  expires_at!: Date;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_sso_codes_user_id' })
  user?: Relation<object>;
}
