import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../common/errors/database-errors';
import { Database } from '../database/database.service';
import { JobLeaseEntity } from './files-janitor-lease.entity';

const JOB = 'files-janitor';

/**
 * Lets one instance at a time run the janitor, through a row in the shared
 * database (works the same on SQLite and MariaDB, with or without Redis):
 * the holder's id and an expiry it pushes forward as it works. An instance
 * that dies mid-pass stops renewing; another takes over once the lease has
 * expired. The row also carries the janitor's progress between passes.
 *
 * Times are this host's clock: instances must agree on the time to well
 * within the lease (FILES_JANITOR_LEASE_SECONDS).
 */
@Injectable()
export class FilesJanitorLease {
  /** This instance, as the lease row names it. */
  readonly holder = randomUUID();

  constructor(private readonly db: Database) {}

  /**
   * Takes the lease for `ttlMs` when it is free, expired or already ours.
   * Returns the saved progress (null when none), or `held` with the current
   * holder when another instance has it.
   */
  async acquire(
    ttlMs: number,
  ): Promise<{ acquired: true; state: string | null } | { acquired: false; holder: string }> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const now = new Date();
      const taken = await this.db.run((m) =>
        m
          .createQueryBuilder()
          .update(JobLeaseEntity)
          .set({ holder: this.holder, expires_at: new Date(now.getTime() + ttlMs) })
          .where('name = :name', { name: JOB })
          .andWhere('(holder IS NULL OR holder = :me OR expires_at IS NULL OR expires_at < :now)', {
            me: this.holder,
            now,
          })
          .execute(),
      );
      const row = await this.row();
      if (taken.affected === 1 && row?.holder === this.holder)
        return { acquired: true, state: row.state };
      if (row) return { acquired: false, holder: row.holder ?? 'unknown' };
      // First use: create the row, free; a concurrent creator wins the same way.
      await this.db
        .run((m) =>
          m
            .createQueryBuilder()
            .insert()
            .into(JobLeaseEntity)
            .values({ name: JOB, holder: null, expires_at: null, state: null })
            .updateEntity(false)
            .execute(),
        )
        .catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
        });
    }
    throw new Error('The janitor lease row could not be created');
  }

  /** Pushes the expiry forward and saves progress; false when the lease is no longer ours. */
  async renew(ttlMs: number, state: string | null): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(JobLeaseEntity)
        .set({ expires_at: new Date(Date.now() + ttlMs), state })
        .where('name = :name AND holder = :me', { name: JOB, me: this.holder })
        .execute(),
    );
    return result.affected === 1;
  }

  /** Saves progress and frees the lease (when still ours) for the next pass, on any instance. */
  async release(state: string | null): Promise<void> {
    await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(JobLeaseEntity)
        .set({ holder: null, expires_at: null, state })
        .where('name = :name AND holder = :me', { name: JOB, me: this.holder })
        .execute(),
    );
  }

  private row(): Promise<JobLeaseEntity | null> {
    return this.db.run((m) => m.getRepository(JobLeaseEntity).findOneBy({ name: JOB }));
  }
}
