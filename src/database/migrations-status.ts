import { DataSource, MigrationExecutor } from 'typeorm';

/** Names of migrations known to the code but not yet applied to the database. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const executor = new MigrationExecutor(dataSource);
  const pending = await executor.getPendingMigrations();
  return pending.map((migration) => migration.name);
}
