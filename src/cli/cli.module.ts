import { Module } from '@nestjs/common';
import { configModule } from '../config';
import { DatabaseModule } from '../database/database.module';
import { CheckCommand } from './check.command';

/** The command-line face of the service: same configuration and database as the HTTP app. */
@Module({
  imports: [configModule, DatabaseModule],
  providers: [CheckCommand],
})
export class CliModule {}
