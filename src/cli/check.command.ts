import { Inject } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { DataSource } from 'typeorm';
import { databaseConfig, type DatabaseSettings } from '../config/database.config';
import { pendingMigrations } from '../database/migrations-status';

/**
 * `npm run cli -- check`: validates the configuration, connects to the
 * database and reports the schema state; exits non-zero when anything is off.
 * Meant for deploy scripts and for "why does it not start?".
 */
@Command({
  name: 'check',
  description: 'Validate settings and check the database connection and schema',
})
export class CheckCommand extends CommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(databaseConfig.KEY) private readonly settings: DatabaseSettings,
  ) {
    super();
  }

  async run(): Promise<void> {
    const target =
      this.settings.kind === 'sqlite'
        ? `SQLite at ${this.settings.path}`
        : `${this.dataSource.options.type} database ${this.settings.database}`;
    const pending = await pendingMigrations(this.dataSource);
    process.stdout.write(`configuration: ok\ndatabase: ${target}, reachable\n`);
    if (pending.length > 0) {
      throw new Error(`${pending.length} migration(s) pending: ${pending.join(', ')}`);
    }
    process.stdout.write('migrations: up to date\n');
  }
}
