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

/** An account at an OpenID provider (`provider`, its `sub`) linked to one of our users. */
@Entity({ name: 'user_identities' })
@Index('UQ_user_identities_provider_subject', ['provider', 'subject'], { unique: true })
@Index('IDX_user_identities_user_id', ['user_id'])
export class UserIdentityEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column(uuidColumn)
  user_id!: string;

  /** The provider's name in OIDC_PROVIDERS. */
  @Column({ type: 'varchar', length: 32 })
  provider!: string;

  /** The provider's `sub` claim: stable and unique at that provider only. */
  @Column({ type: 'varchar', length: 255 })
  subject!: string;

  /** The email the provider asserted at the last sign-in (informational). */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column(timestampColumn)
  created_at!: Date;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_identities_user_id' })
  user?: Relation<object>;
}
