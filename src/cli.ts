/**
 * `npm run cli -- <command>`: administrative commands on the configured
 * database (see `npm run cli -- --help`).
 */
// First: sizes libuv's thread pool before any import can start it.
import './size-thread-pool';
import { CommandFactory } from 'nest-commander';
import { API_VERSION } from './app-info';
import { CliModule } from './cli/cli.module';
import { ConfigurationError, validateEnvironment } from './config';
import { errorForLog } from './common/errors/error-for-log';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  try {
    validateEnvironment();
  } catch (error) {
    if (error instanceof ConfigurationError) fail(`Configuration error: ${error.message}`);
    throw error;
  }
  await CommandFactory.run(CliModule, {
    cliName: 'npm run cli --',
    version: API_VERSION,
    logger: ['error'],
    abortOnError: false,
    // nest-commander would exit 0 after a failing command without this.
    serviceErrorHandler: (error) => fail(`Error: ${error.message}`),
    // Commander has already printed its own message (unknown command, missing option, help).
    errorHandler: (error) => {
      const exitCode = (error as { exitCode?: number }).exitCode;
      process.exit(exitCode ?? 1);
    },
  });
}

main().catch((error: unknown) => fail(`Error: ${errorForLog(error).message}`));
