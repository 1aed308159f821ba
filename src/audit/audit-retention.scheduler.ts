import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { PeriodicJob } from '../common/lifecycle/periodic-job';
import { auditConfig, type AuditSettings } from '../config/audit.config';
import { AuditLogService } from './audit-log.service';

/**
 * Runs the audit retention purge every AUDIT_PURGE_INTERVAL_SECONDS (the
 * first run one interval after start-up), without overlap; shutdown stops a
 * run in progress after its current batch and waits for it.
 */
@Injectable()
export class AuditRetentionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    auditLog: AuditLogService,
    private readonly registry: SchedulerRegistry,
    @Inject(auditConfig.KEY) private readonly settings: AuditSettings,
  ) {
    this.job = new PeriodicJob(
      'audit-retention',
      'Audit retention purge',
      (signal) => auditLog.purgeExpired(new Date(), signal),
      new Logger(AuditRetentionScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.schedule(this.registry, this.settings.purgeIntervalSeconds);
  }

  /** Starts a run unless one is in progress. Never rejects. */
  runOnce(): Promise<void> {
    return this.job.runOnce();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
