import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { filesConfig, type FilesSettings } from '../config/files.config';
import { UsersModule } from '../users/users.module';
import { FilesJanitor } from './files-janitor.service';
import { FilesController } from './files.controller';
import { FilesRepository } from './files.repository';
import { FilesService } from './files.service';
import { LocalStorageDriver } from './storage/local-storage.driver';
import { S3StorageDriver } from './storage/s3-storage.driver';
import { STORAGE_DRIVER, type StorageDriver } from './storage/storage-driver';
import { UploadInterceptor } from './upload/upload.interceptor';
import { UploadReceiver } from './upload/upload-receiver';

/** Files: streamed uploads with sniffed types, ranged downloads, and the janitor that keeps bytes and rows in step. */
@Module({
  imports: [UsersModule],
  controllers: [FilesController],
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
    FilesService,
    FilesJanitor,
    UploadReceiver,
    UploadInterceptor,
  ],
  exports: [STORAGE_DRIVER, FilesJanitor],
})
export class FilesModule implements OnApplicationShutdown {
  constructor(@Inject(STORAGE_DRIVER) private readonly storage: StorageDriver) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3StorageDriver) this.storage.destroy();
  }
}
