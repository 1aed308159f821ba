import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts complete rows straight into their table, 500 per statement (well
 * under either database's parameter limit). `updateEntity(false)`: the rows are
 * complete, and TypeORM's read-back would reshuffle ids on SQLite.
 */
export async function insertRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + 500))
      .updateEntity(false)
      .execute();
}
