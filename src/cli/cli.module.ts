import { Module } from '@nestjs/common';
import { configModule } from '../config';
import { DatabaseModule } from '../database/database.module';
import { FilesStorageModule } from '../files/files-storage.module';
import { UsersModule } from '../users/users.module';
import { CheckCommand } from './check.command';
import { CreateAdminCommand } from './create-admin.command';
import { FilesReconcileCommand } from './files-reconcile.command';

/** The command-line face of the service: same configuration and database as the HTTP app. */
@Module({
  imports: [configModule, DatabaseModule, UsersModule, FilesStorageModule],
  providers: [CheckCommand, CreateAdminCommand, FilesReconcileCommand],
})
export class CliModule {}
