import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumn, uuidColumn } from '../database/column-types';

/**
 * A lease on a background job shared by every instance (one row per job,
 * e.g. `files-janitor`): who runs it now, until when, and where the job's
 * bounded passes have got to (see FilesJanitorLease).
 */
@Entity({ name: 'job_leases' })
export class JobLeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  /** The instance holding the lease, or null when nobody does. */
  @Column({ ...uuidColumn, nullable: true })
  holder!: string | null;

  /** The lease ends at this time unless its holder renews it. */
  @Column({ ...timestampColumn, nullable: true })
  expires_at!: Date | null;

  /** The job's own progress (JSON), read by whichever instance runs it next. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  state!: string | null;
}
