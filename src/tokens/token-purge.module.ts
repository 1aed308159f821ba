import { Module } from '@nestjs/common';
import { TokenPurgeScheduler } from './token-purge.scheduler';
import { TokensModule } from './tokens.module';

/**
 * Schedules the purge of dead token rows. Imported by the HTTP application
 * only (with ScheduleModule), never by the CLI, whose commands must not start
 * timers.
 */
@Module({
  imports: [TokensModule],
  providers: [TokenPurgeScheduler],
})
export class TokenPurgeModule {}
