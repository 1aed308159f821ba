import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './bootstrap';
import { ConfigurationError } from './config';
import { appConfig, type AppSettings } from './config/app.config';
import { errorMessage } from './common/errors/error-message';

/**
 * SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish
 * (up to SHUTDOWN_TIMEOUT_MS), close the database pool, exit 0.
 */
function exitGracefullyOnSignals(app: NestExpressApplication, timeoutMs: number): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: draining in-flight requests`);
    setTimeout(() => {
      logger.error(`In-flight requests did not finish within ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => {
        logger.log('Shutdown complete');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

async function main(): Promise<void> {
  let app: NestExpressApplication;
  try {
    app = await createApp();
  } catch (error) {
    const message =
      error instanceof ConfigurationError
        ? `Configuration error: ${error.message}`
        : `Start-up failed: ${errorMessage(error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  const settings = app.get<AppSettings>(appConfig.KEY);
  await app.listen(settings.port, settings.host);
  exitGracefullyOnSignals(app, settings.shutdownTimeoutMs);
  new Logger('Main').log(`Listening on http://${settings.host}:${settings.port} (docs at /docs)`);
}

void main();
