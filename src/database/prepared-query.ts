import { QueryFailedError, type DataSource, type EntityTarget } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Database } from './database.service';

/**
 * Hot-path reads compiled once, at boot, to the driver's own prepared
 * statements: better-sqlite3 `prepare()` (run synchronously), mysql2
 * `execute()` (prepared once per pooled connection). Selected columns come
 * from the entities' TypeORM metadata, so a column added to an entity is
 * read without anyone keeping a list; values are decoded by the driver's own
 * conversion for that column (0/1 → boolean, text → Date, transformers) into
 * plain objects, with no entity construction.
 *
 * Everything else keeps using repositories and the query builder; this is
 * for the few queries run on every request (see tokens.repository.ts).
 */

/** Which columns of one entity a query reads, under a table alias. */
export interface ColumnSelection {
  alias: string;
  entity: EntityTarget<object>;
  /** Property names to read; default every column. */
  only?: readonly string[];
  /** Property names never to read (secrets, columns nobody on this path needs). */
  except?: readonly string[];
}

/** One named parameter and the column whose type decides how it is sent (e.g. a Date on SQLite). */
export interface ParameterSpec {
  entity: EntityTarget<object>;
  column: string;
}

export interface PreparedQuerySpec {
  /** Selected columns, one group per table alias. */
  select: readonly ColumnSelection[];
  /** The rest of the statement after the select list: `FROM … WHERE … LIMIT 1`, with `:name` parameters. */
  from: string;
  parameters: Readonly<Record<string, ParameterSpec>>;
}

/** A decoded row: one plain object per table alias. */
export type PreparedRow = Record<string, Record<string, unknown>>;

interface SelectedColumn {
  alias: string;
  property: string;
  column: ColumnMetadata;
}

/** `:name` placeholders, not `::` casts or names inside quoted literals (none are used on this path). */
const NAMED_PARAMETER = /(?<![:\w]):([A-Za-z_]\w*)/g;

/** Turns `:name` placeholders into `?` and records their order. Exported for its unit test. */
export function positional(namedSql: string): { sql: string; order: string[] } {
  const order: string[] = [];
  const sql = namedSql.replace(NAMED_PARAMETER, (_match, name: string) => {
    order.push(name);
    return '?';
  });
  return { sql, order };
}

function selectedColumns(dataSource: DataSource, selection: ColumnSelection): SelectedColumn[] {
  const metadata = dataSource.getMetadata(selection.entity);
  const known = new Set(metadata.columns.map((column) => column.propertyName));
  for (const name of [...(selection.only ?? []), ...(selection.except ?? [])]) {
    if (!known.has(name)) throw new Error(`${metadata.name} has no column ${name}`);
  }
  return metadata.columns
    .filter((column) => !selection.only || selection.only.includes(column.propertyName))
    .filter((column) => !selection.except?.includes(column.propertyName))
    .map((column) => ({ alias: selection.alias, property: column.propertyName, column }));
}

function columnOf(dataSource: DataSource, spec: ParameterSpec): ColumnMetadata {
  const column = dataSource
    .getMetadata(spec.entity)
    .columns.find((candidate) => candidate.propertyName === spec.column);
  if (!column) throw new Error(`unknown parameter column ${spec.column}`);
  return column;
}

interface SqliteStatement {
  get(...parameters: unknown[]): unknown;
}

interface MysqlExecutor {
  getConnection(callback: (error: Error | null, connection: MysqlConnection) => void): void;
}

interface MysqlConnection {
  execute(
    options: { sql: string; rowsAsArray: true },
    values: unknown[],
    callback: (error: Error | null, rows: unknown[][]) => void,
  ): unknown;
  release(): void;
}

/**
 * A compiled single-row read; `get()` is all a request pays for. `Row` is
 * the caller's statement of what the selection holds (one object per alias);
 * the column list itself always comes from metadata.
 */
export class PreparedQuery<Row extends Record<string, object> = PreparedRow> {
  private readonly columns: SelectedColumn[];
  private readonly sql: string;
  private readonly parameters: Array<{ name: string; column: ColumnMetadata }>;
  private readonly sqlite?: SqliteStatement;
  private readonly mysql?: MysqlExecutor;

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: Database,
    spec: PreparedQuerySpec,
  ) {
    this.columns = spec.select.flatMap((selection) => selectedColumns(dataSource, selection));
    // Read by position (rowsAsArray / raw()); the aliases keep `t.id` and `u.id` apart where a
    // driver answers with objects (inside a transaction).
    const list = this.columns.map(
      ({ alias, column }, i) => `${alias}.${column.databaseName} AS c${i}`,
    );
    const compiled = positional(`SELECT ${list.join(', ')} ${spec.from}`);
    this.sql = compiled.sql;
    this.parameters = compiled.order.map((name) => {
      const parameter = spec.parameters[name];
      if (!parameter) throw new Error(`parameter :${name} is not declared`);
      return { name, column: columnOf(dataSource, parameter) };
    });
    if (db.driver === 'sqlite') {
      const connection = (
        dataSource.driver as unknown as {
          databaseConnection: { prepare(sql: string): { raw(): SqliteStatement } };
        }
      ).databaseConnection;
      this.sqlite = connection.prepare(this.sql).raw();
    } else {
      // The (guarded) mysql2 pool TypeORM created: bounded waits and statement timeouts apply.
      const pool = (dataSource.driver as unknown as { pool?: MysqlExecutor }).pool;
      if (!pool) throw new Error('prepared queries need the connected mysql2 pool');
      this.mysql = pool;
    }
  }

  /** The first row, decoded, or undefined. */
  async get(named: Readonly<Record<string, unknown>>): Promise<Row | undefined> {
    const values = this.parameters.map(({ name, column }): unknown =>
      this.dataSource.driver.preparePersistentValue(named[name], column),
    );
    const raw = await this.read(values);
    return raw === undefined ? undefined : this.decode(raw);
  }

  private read(values: unknown[]): Promise<unknown[] | undefined> {
    // Inside a transaction the statement must run on that transaction's connection.
    if (this.db.inUnitOfWork) {
      return this.db.run(async (manager) => {
        const rows: Array<Record<string, unknown>> = await manager.query(this.sql, values);
        return rows[0] === undefined ? undefined : Object.values(rows[0]);
      });
    }
    const sqlite = this.sqlite;
    const read = sqlite
      ? this.db.runSqliteNow(() => sqlite.get(...values) as unknown[] | undefined)
      : this.execute(values);
    // Driver errors surface as TypeORM's, like every other query's, so that the
    // exception filter tells an unreachable database (503) from a refused query.
    return read.catch((failure: unknown) => {
      throw failure instanceof Error && 'code' in failure
        ? new QueryFailedError(this.sql, values, failure)
        : failure;
    });
  }

  private execute(values: unknown[]): Promise<unknown[] | undefined> {
    const pool = this.mysql as MysqlExecutor;
    return new Promise((resolve, reject) => {
      pool.getConnection((error, connection) => {
        if (error) {
          reject(error);
          return;
        }
        connection.execute({ sql: this.sql, rowsAsArray: true }, values, (failure, rows) => {
          connection.release();
          if (failure) reject(failure);
          else resolve(rows[0]);
        });
      });
    });
  }

  private decode(raw: unknown[]): Row {
    const row: PreparedRow = {};
    for (let i = 0; i < this.columns.length; i += 1) {
      const { alias, property, column } = this.columns[i];
      (row[alias] ??= {})[property] = this.dataSource.driver.prepareHydratedValue(raw[i], column);
    }
    return row as Row;
  }
}
