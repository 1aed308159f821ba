import {
  Global,
  Inject,
  Logger,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnApplicationBootstrap,
  RequestMethod,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseConfig, type DatabaseSettings } from '../config/database.config';
import { buildDataSourceOptions } from './database-options';
import { Database } from './database.service';
import { pendingMigrations } from './migrations-status';
import { queryCancellationMiddleware } from './query-cancellation';

/**
 * The TypeORM connection for the app and the CLI. With `DATABASE_RUN_MIGRATIONS`
 * on (the default for embedded SQLite) pending migrations are applied at
 * start-up; otherwise the app refuses to start on a schema that is behind.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: async (settings: DatabaseSettings) => ({
        ...(await buildDataSourceOptions(settings)),
        migrationsRun: settings.runMigrations,
        retryAttempts: settings.connectRetries,
        retryDelay: 1_000,
      }),
    }),
  ],
  providers: [Database],
  exports: [Database],
})
export class DatabaseModule implements OnApplicationBootstrap, NestModule {
  private readonly logger = new Logger(DatabaseModule.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(databaseConfig.KEY) private readonly settings: DatabaseSettings,
  ) {}

  /** Reads stop on the database when their client goes away (see query-cancellation.ts). */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(queryCancellationMiddleware)
      .forRoutes({ path: '*path', method: RequestMethod.ALL });
  }

  async onApplicationBootstrap(): Promise<void> {
    const pending = await pendingMigrations(this.dataSource);
    if (pending.length > 0) {
      throw new Error(
        `The database schema is behind: ${pending.length} migration(s) pending (${pending.join(', ')}). Run \`npm run migration:run\` or set DATABASE_RUN_MIGRATIONS=true.`,
      );
    }
    this.logger.log(
      `Database ready (${this.settings.kind === 'sqlite' ? `SQLite at ${this.settings.path}` : `${this.dataSource.options.type} database ${this.settings.database}`})`,
    );
  }
}
