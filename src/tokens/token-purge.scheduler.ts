import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { TokenPurgeService } from './token-purge.service';
import { errorForLog } from '../common/errors/error-for-log';

const INTERVAL_NAME = 'token-purge';

/**
 * Runs the token purge every TOKEN_PURGE_INTERVAL_SECONDS (the first run one
 * interval after start-up). A run never overlaps the previous one, a failure
 * is logged and retried at the next interval, and shutdown waits for a run in
 * progress before the database closes.
 */
@Injectable()
export class TokenPurgeScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TokenPurgeScheduler.name);
  private running?: Promise<void>;

  constructor(
    private readonly purge: TokenPurgeService,
    private readonly registry: SchedulerRegistry,
    @Inject(authConfig.KEY) private readonly settings: AuthSettings,
  ) {}

  onApplicationBootstrap(): void {
    const handle = setInterval(() => {
      void this.runOnce();
    }, this.settings.tokenPurgeIntervalSeconds * 1000);
    // A pending purge alone must not keep the process alive; the registry clears it on shutdown.
    handle.unref();
    this.registry.addInterval(INTERVAL_NAME, handle);
  }

  /** Starts a run unless one is in progress. Never rejects. */
  runOnce(): Promise<void> {
    this.running ??= this.purge
      .purge()
      .then(
        () => undefined,
        (error: unknown) =>
          this.logger.error(
            { err: errorForLog(error) },
            'Token purge failed; it will run again at the next interval',
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
