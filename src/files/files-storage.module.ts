import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { filesConfig, type FilesSettings } from '../config/files.config';
import { FilesRepository } from './files.repository';
import { MissingFileBytes } from './rows-without-object';
import { StorageIdentityRepository } from './storage-identity.repository';
import { StorageIdentity } from './storage-identity.service';
import { LocalStorageDriver } from './storage/local-storage.driver';
import { S3StorageDriver } from './storage/s3-storage.driver';
import { STORAGE_DRIVER, type StorageDriver } from './storage/storage-driver';

/**
 * The storage driver, the file rows and the storage's identity: what the
 * HTTP app, readiness and the CLI share. Nothing here runs on its own (no
 * timers, no start-up work), so the CLI can use it without side effects.
 */
@Module({
  providers: [
    {
      provide: STORAGE_DRIVER,
      inject: [filesConfig.KEY],
      useFactory: (settings: FilesSettings): StorageDriver =>
        settings.storageDriver === 's3'
          ? new S3StorageDriver({ ...settings.s3, bucket: settings.s3.bucket as string })
          : new LocalStorageDriver(settings.storageDir),
    },
    FilesRepository,
    StorageIdentityRepository,
    StorageIdentity,
    MissingFileBytes,
  ],
  exports: [STORAGE_DRIVER, FilesRepository, StorageIdentity, MissingFileBytes],
})
export class FilesStorageModule implements OnApplicationShutdown {
  constructor(@Inject(STORAGE_DRIVER) private readonly storage: StorageDriver) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3StorageDriver) this.storage.destroy();
  }
}
