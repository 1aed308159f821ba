import { Injectable } from '@nestjs/common';
import { In, MoreThan, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { whereTextContains, type TextSearchTarget } from '../common/pagination/text-search';
import {
  applyAfter,
  applyOrder,
  fetchOrderedPlain,
  readPage,
  type ListOrder,
  type PageRequest,
} from '../common/pagination/list-page';
import { SEARCH_COUNT_CAP, TOTAL_COUNT_CAP, type Page } from '../common/pagination/pagination.dto';
import { Database } from '../database/database.service';
import type { FileFiltersDto, FileSortField } from './dto/list-files-query.dto';
import { FileEntity } from './file.entity';
import type { SortOrder } from '../common/pagination/cursor';

export type FileFilters = Omit<FileFiltersDto, 'sort' | 'order'> & {
  sort: FileSortField;
  order: SortOrder;
};

/** Whose files a query may see: one owner, or everyone (admins). */
export type FileScope = { ownerId: string } | { everyone: true };

/**
 * Each sort is served by an index that ends in (sort column, id), with
 * owner_id in front for an owner's list (see migration AddListIndexes).
 */
const SORT_KEYS: Record<FileSortField, Pick<ListOrder<FileEntity>, 'key' | 'kind' | 'keyOf'>> = {
  uploaded_at: { key: 'f.uploaded_at', kind: 'date', keyOf: (f) => f.uploaded_at },
  filename: { key: 'f.filename', kind: 'string', keyOf: (f) => f.filename },
  size: { key: 'f.size', kind: 'integer', keyOf: (f) => f.size },
};

/** `q`: filename contains (full-text index, see text-search.ts). */
const FILENAME_SEARCH: TextSearchTarget = {
  alias: 'f',
  ftsTable: 'files_fts',
  columns: ['filename'],
  mixedCase: true,
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

  /** One page of the list (see readPage: keyset order, capped total, next_cursor). */
  list(scope: FileScope, filters: FileFilters, request: PageRequest): Promise<Page<FileEntity>> {
    return this.db.run((m) =>
      readPage(m, this.filtered(m, scope, filters), this.order(scope, filters), request, {
        cap: filters.q ? SEARCH_COUNT_CAP : TOTAL_COUNT_CAP,
      }),
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
      const order = this.order(scope, filters);
      const query = applyOrder(this.filtered(m, scope, filters), order);
      if (after) applyAfter(query, order, [order.keyOf(after), after.id]);
      return fetchOrderedPlain(query, size);
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
    if (filters.q) whereTextContains(query, this.db.driver, FILENAME_SEARCH, filters.q);
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

  private order(scope: FileScope, filters: FileFilters): ListOrder<FileEntity> {
    const { sort, order } = filters;
    return {
      list: 'files',
      sort,
      order,
      ...SORT_KEYS[sort],
      id: 'f.id',
      idOf: (f) => f.id,
      filters: {
        q: filters.q,
        content_type: filters.content_type,
        owner_id: 'ownerId' in scope ? scope.ownerId : filters.owner_id,
        uploaded_after: filters.uploaded_after,
        uploaded_before: filters.uploaded_before,
      },
    };
  }
}
