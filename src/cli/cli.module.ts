import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { configModule } from '../config';
import { DatabaseModule } from '../database/database.module';
import { FilesStorageModule } from '../files/files-storage.module';
import { UsersModule } from '../users/users.module';
import { AuditVerifyCommand } from './audit-verify.command';
import { CheckCommand } from './check.command';
import { CreateAdminCommand } from './create-admin.command';
import { FilesReconcileCommand } from './files-reconcile.command';

/** The command-line face of the service: same configuration and database as the HTTP app. */
@Module({
  imports: [configModule, DatabaseModule, AuditModule, UsersModule, FilesStorageModule],
  providers: [AuditVerifyCommand, CheckCommand, CreateAdminCommand, FilesReconcileCommand],
})
export class CliModule {}
