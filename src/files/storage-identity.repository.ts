import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../common/errors/database-errors';
import { Database } from '../database/database.service';
import { StorageIdentityEntity } from './storage-identity.entity';

const ROW_NAME = 'files';

/** The `storage_identity` row; every call goes through `Database`. */
@Injectable()
export class StorageIdentityRepository {
  constructor(private readonly db: Database) {}

  async storageId(): Promise<string | null> {
    const row = await this.db.run((m) =>
      m.getRepository(StorageIdentityEntity).findOneBy({ name: ROW_NAME }),
    );
    return row?.storage_id ?? null;
  }

  /** Records `storageId` unless a row exists already; returns the id the database holds afterwards. */
  async claim(storageId: string): Promise<string> {
    try {
      await this.db.run((m) =>
        m
          .createQueryBuilder()
          .insert()
          .into(StorageIdentityEntity)
          .values({ name: ROW_NAME, storage_id: storageId, created_at: new Date() })
          .updateEntity(false)
          .execute(),
      );
      return storageId;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another instance recorded one first: that one counts.
      return (await this.storageId()) as string;
    }
  }
}
