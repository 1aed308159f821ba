import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumn, uuidColumn } from '../database/column-types';

/** The one row naming the file storage this database belongs to (see StorageIdentity). */
@Entity({ name: 'storage_identity' })
export class StorageIdentityEntity {
  /** Always `files`: a fixed key, so two instances creating the row at once collide instead of both succeeding. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  @Column(uuidColumn)
  storage_id!: string;

  @Column(timestampColumn)
  created_at!: Date;
}
