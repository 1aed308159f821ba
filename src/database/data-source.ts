/**
 * Entry point for the TypeORM CLI (`npm run migration:*`): the same options
 * and settings as the app, read from the environment and `.env`.
 */
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadDatabaseSettings } from '../config/database.config';
import { buildDataSourceOptions } from './database-options';

if (existsSync('.env')) process.loadEnvFile('.env');

// Migrations may run long statements (ALTER TABLE on a big table): no statement timeout here.
export default buildDataSourceOptions({ ...loadDatabaseSettings(), queryTimeoutMs: 0 }).then(
  (options) => new DataSource(options),
);
