import { Logger } from '@nestjs/common';

// e2e tests boot a real app on a real database; MariaDB DDL and argon2 take time.
jest.setTimeout(60_000);

// Apps log through pino at LOG_LEVEL (silent in tests unless TEST_LOG_LEVEL is
// set); this quiets Nest's default logger used outside an app (e.g. by a bare
// DataSource in the migration tests).
if (!process.env.TEST_LOG_LEVEL) Logger.overrideLogger(false);
