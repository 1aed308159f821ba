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
import type { UserEntity } from '../users/user.entity';

@Entity({ name: 'files' })
// One index per sort, owner-scoped and not, each ending in the keyset tie-breaker (migration AddListIndexes).
@Index('IDX_files_owner_uploaded_at_id', ['owner_id', 'uploaded_at', 'id'])
@Index('IDX_files_owner_filename_id', ['owner_id', 'filename', 'id'])
@Index('IDX_files_owner_size_id', ['owner_id', 'size', 'id'])
@Index('IDX_files_owner_type_uploaded_at_id', ['owner_id', 'content_type', 'uploaded_at', 'id'])
@Index('IDX_files_uploaded_at_id', ['uploaded_at', 'id'])
@Index('IDX_files_filename_id', ['filename', 'id'])
@Index('IDX_files_size_id', ['size', 'id'])
@Index('IDX_files_type_uploaded_at_id', ['content_type', 'uploaded_at', 'id'])
// `q`: FULLTEXT on MariaDB; on SQLite a plain index of that name beside an FTS5 table (migration AddTextSearch).
@Index('FT_files_filename', ['filename'], { fulltext: true })
@Index('UQ_files_storage_key', ['storage_key'], { unique: true })
export class FileEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column(uuidColumn)
  owner_id!: string;

  /** Display name only: validated, and never used as a path. */
  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  /** Detected from the bytes at upload, not taken from the client. */
  @Column({ type: 'varchar', length: 127 })
  content_type!: string;

  @Column(bigintColumn)
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** Server-generated object key in the storage driver. */
  @Column({ type: 'varchar', length: 64 })
  storage_key!: string;

  @Column(timestampColumn)
  uploaded_at!: Date;

  /** The foreign key to the owner (files go with the user); one-directional, never loaded. */
  @ManyToOne('UserEntity', { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'FK_files_owner_id' })
  owner?: Relation<UserEntity>;
}
