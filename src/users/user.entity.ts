import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampColumn, uuidColumn } from '../database/column-types';

@Entity({ name: 'users' })
@Index('UQ_users_username_normalized', ['username_normalized'], { unique: true })
@Index('UQ_users_email', ['email'], { unique: true })
@Index('IDX_users_created_at_id', ['created_at', 'id'])
@Index('IDX_users_external_id', ['external_id'])
@Index('UQ_users_scim_user_name_normalized', ['scim_user_name_normalized'], { unique: true })
// `q`: FULLTEXT on MariaDB; on SQLite a plain index of that name beside an FTS5 table (migration AddTextSearch).
@Index('FT_users_username_email', ['username_normalized', 'email'], { fulltext: true })
export class UserEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  /** As the user typed it; shown back in responses. */
  @Column({ type: 'varchar', length: 32 })
  username!: string;

  /** Lower-cased username: the unique key, so "Ada" and "ada" cannot both exist on any database. */
  @Column({ type: 'varchar', length: 32 })
  username_normalized!: string;

  /** Trimmed and lower-cased before it is stored. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 255 })
  hashed_password!: string;

  @Column({ type: 'boolean', default: true })
  is_active!: boolean;

  @Column({ type: 'boolean', default: false })
  is_admin!: boolean;

  /** The owner opened a verification link sent to this very address (SPEC §11). */
  @Column({ type: 'boolean', default: false })
  email_verified!: boolean;

  /** A second factor (TOTP) is active; kept in step with `user_mfa` by the mfa module. */
  @Column({ type: 'boolean', default: false })
  mfa_enabled!: boolean;
  /** The identity provider's id for a user provisioned over SCIM (`externalId`); null otherwise. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  external_id!: string | null;

  /** SCIM's `userName` exactly as the identity provider sent it (often an email); null if never provisioned. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  scim_user_name!: string | null;

  /** Lower-cased `scim_user_name`: its unique key (SCIM's userName is not case-exact). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  scim_user_name_normalized!: string | null;

  @Column(timestampColumn)
  created_at!: Date;

  @Column(timestampColumn)
  updated_at!: Date;
}
