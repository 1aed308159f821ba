import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { errorForLog } from '../common/errors/error-for-log';
import { auditConfig, type AuditSettings } from '../config/audit.config';
import { AuditLogService } from './audit-log.service';

const INTERVAL_NAME = 'audit-retention';

/**
 * Runs the audit retention purge every AUDIT_PURGE_INTERVAL_SECONDS (the
 * first run one interval after start-up). Runs never overlap; a failure is
 * logged and retried at the next interval; shutdown waits for a run.
 */
@Injectable()
export class AuditRetentionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditRetentionScheduler.name);
  private running?: Promise<void>;

  constructor(
    private readonly auditLog: AuditLogService,
    private readonly registry: SchedulerRegistry,
    @Inject(auditConfig.KEY) private readonly settings: AuditSettings,
  ) {}

  onApplicationBootstrap(): void {
    const handle = setInterval(() => {
      void this.runOnce();
    }, this.settings.purgeIntervalSeconds * 1000);
    handle.unref();
    this.registry.addInterval(INTERVAL_NAME, handle);
  }

  /** Starts a run unless one is in progress. Never rejects. */
  runOnce(): Promise<void> {
    this.running ??= this.auditLog
      .purgeExpired()
      .then(
        () => undefined,
        (error: unknown) =>
          this.logger.error(
            { err: errorForLog(error) },
            'Audit retention purge failed; it will run again at the next interval',
          ),
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.running;
  }
}
