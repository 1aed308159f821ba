import { Injectable } from '@nestjs/common';
import { In, MoreThan, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { escapeLike, LIKE_ESCAPE } from '../database/like';
import { afterRow, orderedWithTieBreak } from '../common/pagination/keyset';
import { Database } from '../database/database.service';
import type { FileFiltersDto, FileSortField } from './dto/list-files-query.dto';
import { FileEntity } from './file.entity';

export type FileFilters = Omit<FileFiltersDto, 'sort' | 'order'> & {
  sort: FileSortField;
  order: 'asc' | 'desc';
};

/** Whose files a query may see: one owner, or everyone (admins). */
export type FileScope = { ownerId: string } | { everyone: true };

const SORT_COLUMNS: Record<FileSortField, keyof FileEntity> = {
  uploaded_at: 'uploaded_at',
  filename: 'filename',
  size: 'size',
};

/** Named queries on `files`; every call goes through `Database`. */
@Injectable()
export class FilesRepository {
  constructor(private readonly db: Database) {}

  private files(manager: EntityManager) {
    return manager.getRepository(FileEntity);
  }

  async insert(file: FileEntity): Promise<void> {
    await this.db.run((m) =>
      m.createQueryBuilder().insert().into(FileEntity).values(file).updateEntity(false).execute(),
    );
  }

  findById(id: string): Promise<FileEntity | null> {
    return this.db.run((m) => this.files(m).findOneBy({ id }));
  }

  /** True when this call removed the row (of concurrent deletes exactly one does). */
  async deleteById(id: string): Promise<boolean> {
    const result = await this.db.run((m) => this.files(m).delete({ id }));
    return (result.affected ?? 0) > 0;
  }

  async storageKeysOfOwner(ownerId: string): Promise<string[]> {
    const rows = await this.db.run((m) =>
      this.files(m).find({ select: { storage_key: true }, where: { owner_id: ownerId } }),
    );
    return rows.map((row) => row.storage_key);
  }

  /** Which of these storage keys a row refers to. */
  async referencedKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.db.run((m) =>
      this.files(m).find({ select: { storage_key: true }, where: { storage_key: In(keys) } }),
    );
    return new Set(rows.map((row) => row.storage_key));
  }

  /** True when at least one file row exists. */
  async hasAny(): Promise<boolean> {
    const rows = await this.db.run((m) => this.files(m).find({ select: { id: true }, take: 1 }));
    return rows.length > 0;
  }

  /** The `count` most recently uploaded rows (storage keys only), for spot checks of the storage. */
  newest(count: number): Promise<Array<Pick<FileEntity, 'id' | 'storage_key'>>> {
    return this.db.run((m) =>
      this.files(m).find({
        select: { id: true, storage_key: true },
        order: { uploaded_at: 'DESC', id: 'DESC' },
        take: count,
      }),
    );
  }

  /** Rows in id order after `afterId`, for walking the whole table in batches. */
  batchAfter(
    afterId: string,
    size: number,
  ): Promise<Array<Pick<FileEntity, 'id' | 'storage_key' | 'owner_id' | 'filename'>>> {
    return this.db.run((m) =>
      this.files(m).find({
        select: { id: true, storage_key: true, owner_id: true, filename: true },
        where: { id: MoreThan(afterId) },
        order: { id: 'ASC' },
        take: size,
      }),
    );
  }

  list(
    scope: FileScope,
    filters: FileFilters,
    offset: number,
    limit: number,
  ): Promise<[FileEntity[], number]> {
    return this.db.run((m) =>
      this.ordered(this.filtered(m, scope, filters), filters)
        .skip(offset)
        .take(limit)
        .getManyAndCount(),
    );
  }

  /** The next batch after `after` in the filter's order (keyset pagination). */
  exportBatch(
    scope: FileScope,
    filters: FileFilters,
    after: FileEntity | undefined,
    size: number,
  ): Promise<FileEntity[]> {
    return this.db.run((m) => {
      const query = this.filtered(m, scope, filters);
      if (after) {
        const column = SORT_COLUMNS[filters.sort];
        afterRow(query, 'f', column, filters.order, { value: after[column], id: after.id });
      }
      return this.ordered(query, filters).take(size).getMany();
    });
  }

  private filtered(
    manager: EntityManager,
    scope: FileScope,
    filters: FileFilters,
  ): SelectQueryBuilder<FileEntity> {
    const query = this.files(manager).createQueryBuilder('f');
    if ('ownerId' in scope)
      query.andWhere('f.owner_id = :scopeOwner', { scopeOwner: scope.ownerId });
    if (filters.owner_id) query.andWhere('f.owner_id = :ownerId', { ownerId: filters.owner_id });
    if (filters.q) {
      // LOWER() on both sides: SQLite's LIKE folds only ASCII case, MySQL's collation folds more.
      query.andWhere(`LOWER(f.filename) LIKE :q ESCAPE '${LIKE_ESCAPE}'`, {
        q: `%${escapeLike(filters.q.toLowerCase())}%`,
      });
    }
    if (filters.content_type)
      query.andWhere('f.content_type = :contentType', {
        contentType: filters.content_type.toLowerCase(),
      });
    if (filters.uploaded_after)
      query.andWhere('f.uploaded_at >= :after', { after: filters.uploaded_after });
    if (filters.uploaded_before)
      query.andWhere('f.uploaded_at < :before', { before: filters.uploaded_before });
    return query;
  }

  private ordered(
    query: SelectQueryBuilder<FileEntity>,
    filters: FileFilters,
  ): SelectQueryBuilder<FileEntity> {
    return orderedWithTieBreak(query, 'f', SORT_COLUMNS[filters.sort], filters.order);
  }
}
