import { Module } from '@nestjs/common';
import { AuditRetentionScheduler } from './audit-retention.scheduler';

/**
 * Schedules the audit retention purge. Imported by the HTTP application only
 * (with ScheduleModule), never by the CLI, whose commands must not start timers.
 */
@Module({ providers: [AuditRetentionScheduler] })
export class AuditRetentionModule {}
