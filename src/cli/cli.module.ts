import { Module } from '@nestjs/common';
import { configModule } from '../config';
import { DatabaseModule } from '../database/database.module';
import { UsersModule } from '../users/users.module';
import { CheckCommand } from './check.command';
import { CreateAdminCommand } from './create-admin.command';

/** The command-line face of the service: same configuration and database as the HTTP app. */
@Module({
  imports: [configModule, DatabaseModule, UsersModule],
  providers: [CheckCommand, CreateAdminCommand],
})
export class CliModule {}
