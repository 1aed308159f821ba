// First: sizes libuv's thread pool before any import can start it.
import './size-thread-pool';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './bootstrap';
import { ConfigurationError } from './config';
import { appConfig, type AppSettings } from './config/app.config';
import { errorForLog } from './common/errors/error-for-log';
import { GracefulShutdown } from './common/lifecycle/graceful-shutdown';

/** After draining, closing the database pool and the rest may take this long before the process exits anyway. */
const HOOKS_GRACE_MS = 5_000;

/**
 * SIGTERM/SIGINT: readiness turns 503, the server stops accepting and closes
 * idle keep-alive connections, requests in flight (uploads and downloads too)
 * finish with `Connection: close`, then the database pool closes and the
 * process exits 0. Whatever is still open after SHUTDOWN_TIMEOUT_MS is cut,
 * and the exit code is then 1. See GracefulShutdown.
 */
function exitGracefullyOnSignals(app: NestExpressApplication, timeoutMs: number): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    logger.log(
      `${signal} received: not ready any more, draining connections (up to ${timeoutMs} ms)`,
    );
    setTimeout(() => {
      logger.error(`Shutdown did not complete within ${timeoutMs + HOOKS_GRACE_MS} ms; exiting`);
      process.exit(1);
    }, timeoutMs + HOOKS_GRACE_MS).unref();
    void (async () => {
      const { drained, cut } = await app
        .get(GracefulShutdown)
        .drain(app.getHttpServer(), timeoutMs);
      if (drained) logger.log('Every connection finished');
      else logger.warn(`${cut} connection(s) still open after ${timeoutMs} ms were closed`);
      await app.close();
      logger.log('Shutdown complete');
      process.exit(drained ? 0 : 1);
    })().catch((error: unknown) => {
      logger.error({ err: errorForLog(error) }, 'Shutdown failed');
      process.exit(1);
    });
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
        : `Start-up failed: ${errorForLog(error).message}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  const settings = app.get<AppSettings>(appConfig.KEY);
  await app.listen(settings.port, settings.host);
  exitGracefullyOnSignals(app, settings.shutdownTimeoutMs);
  new Logger('Main').log(`Listening on http://${settings.host}:${settings.port} (docs at /docs)`);
}

void main();
