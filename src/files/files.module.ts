import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { UsersModule } from '../users/users.module';
import { FilesJanitorLease } from './files-janitor-lease';
import { FilesJanitor } from './files-janitor.service';
import { FilesStorageModule } from './files-storage.module';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { StorageFailures } from './storage-failures';
import { TemporaryArea } from './temporary-area';
import { UploadInterceptor } from './upload/upload.interceptor';
import { UploadReceiver } from './upload/upload-receiver';

/** Files: streamed uploads with sniffed types, ranged downloads, and the janitor that keeps bytes and rows in step. */
@Module({
  imports: [FilesStorageModule, UsersModule, MetricsModule],
  controllers: [FilesController],
  providers: [
    FilesService,
    FilesJanitor,
    FilesJanitorLease,
    TemporaryArea,
    StorageFailures,
    UploadReceiver,
    UploadInterceptor,
  ],
  exports: [FilesJanitor],
})
export class FilesModule {}
