import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { PeriodicJob } from '../common/lifecycle/periodic-job';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { TokenPurgeService } from './token-purge.service';

/**
 * Runs the token purge every TOKEN_PURGE_INTERVAL_SECONDS (the first run one
 * interval after start-up), without overlap; shutdown stops a run in
 * progress after its current batch and waits for it before the database closes.
 */
@Injectable()
export class TokenPurgeScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    purge: TokenPurgeService,
    private readonly registry: SchedulerRegistry,
    @Inject(authConfig.KEY) private readonly settings: AuthSettings,
  ) {
    this.job = new PeriodicJob(
      'token-purge',
      'Token purge',
      (signal) => purge.purge({ signal }),
      new Logger(TokenPurgeScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.schedule(this.registry, this.settings.tokenPurgeIntervalSeconds);
  }

  /** Starts a run unless one is in progress. Never rejects. */
  runOnce(): Promise<void> {
    return this.job.runOnce();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
