import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
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
import type { UserFiltersDto, UserSortField } from './dto/list-users-query.dto';
import { UserEntity } from './user.entity';
import { whereUserCriteria, type UserCriteria } from './user-criteria';
import type { SortOrder } from '../common/pagination/cursor';

export type UserFilters = Omit<UserFiltersDto, 'sort' | 'order'> & {
  sort: UserSortField;
  order: SortOrder;
};

/**
 * Sort field → key; usernames sort by their case-folded key. Username and
 * email are unique, so they need no tie-breaker, and their unique indexes
 * serve the order directly (an `, id` after them would force a sort of every
 * row). created_at is served by (created_at, id).
 */
const SORT_KEYS: Record<
  UserSortField,
  Pick<ListOrder<UserEntity>, 'key' | 'kind' | 'keyOf'> & { unique: boolean }
> = {
  created_at: { key: 'u.created_at', kind: 'date', keyOf: (u) => u.created_at, unique: false },
  username: {
    key: 'u.username_normalized',
    kind: 'string',
    keyOf: (u) => u.username_normalized,
    unique: true,
  },
  email: { key: 'u.email', kind: 'string', keyOf: (u) => u.email, unique: true },
};

/** `q`: username or email contains (full-text index, see text-search.ts); both are stored lower-cased. */
const NAME_SEARCH: TextSearchTarget = {
  alias: 'u',
  ftsTable: 'users_fts',
  columns: ['username_normalized', 'email'],
  mixedCase: false,
};

/** What lists and exports read: everything but the password hash, which they never return. */
const LISTED_COLUMNS = [
  'u.id',
  'u.username',
  'u.username_normalized',
  'u.email',
  'u.is_active',
  'u.is_admin',
  'u.email_verified',
  'u.mfa_enabled',
  'u.created_at',
  'u.updated_at',
];

/** Named queries on `users`; every call goes through `Database` (transactions, SQLite turns). */
@Injectable()
export class UsersRepository {
  constructor(private readonly db: Database) {}

  private users(manager: EntityManager) {
    return manager.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.db.run((m) => this.users(m).findOneBy({ id }));
  }

  findByNormalizedUsername(usernameNormalized: string): Promise<UserEntity | null> {
    return this.db.run((m) => this.users(m).findOneBy({ username_normalized: usernameNormalized }));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.run((m) => this.users(m).findOneBy({ email }));
  }

  async insert(user: UserEntity): Promise<void> {
    // updateEntity(false): the row is complete as given; skip TypeORM's read-back of
    // defaulted columns (an extra query on MySQL that also returns raw 0/1 for booleans).
    await this.db.run((m) =>
      m.createQueryBuilder().insert().into(UserEntity).values(user).updateEntity(false).execute(),
    );
  }

  /** Returns false when no such user exists. */
  async update(id: string, patch: Partial<UserEntity>): Promise<boolean> {
    const result = await this.db.run((m) => this.users(m).update({ id }, patch));
    return (result.affected ?? 0) > 0;
  }

  /** Returns false when no such user exists. Tokens and file rows go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.run((m) => this.users(m).delete({ id }));
    return (result.affected ?? 0) > 0;
  }

  /** Users matching the criteria, oldest first (stable for 1-based SCIM paging), with the count of all matches. */
  findMatching(
    criteria: UserCriteria | undefined,
    offset: number,
    limit: number,
  ): Promise<{ users: UserEntity[]; total: number }> {
    return this.db.run(async (m) => {
      const query = this.users(m).createQueryBuilder('u').select(LISTED_COLUMNS);
      query.addSelect(['u.external_id', 'u.scim_user_name', 'u.scim_user_name_normalized']);
      if (criteria) whereUserCriteria(query, 'u', criteria);
      const total = await query.getCount();
      const users =
        limit === 0 || offset >= total
          ? []
          : await query
              .orderBy('u.created_at', 'ASC')
              .addOrderBy('u.id', 'ASC')
              .skip(offset)
              .take(limit)
              .getMany();
      return { users, total };
    });
  }

  /**
   * Ids of the active admins, locked until the surrounding transaction ends
   * (FOR UPDATE on MySQL; SQLite work is already serialised), so two admins
   * cannot demote each other at the same moment and leave none.
   */
  lockActiveAdminIds(): Promise<string[]> {
    return this.db.run(async (m) => {
      const query = this.users(m)
        .createQueryBuilder('u')
        .select('u.id', 'id')
        .where('u.is_admin = :yes AND u.is_active = :yes', { yes: true });
      if (this.db.driver === 'mysql') query.setLock('pessimistic_write');
      const rows = await query.getRawMany<{ id: string }>();
      return rows.map((row) => row.id);
    });
  }

  /** One page of the list (see readPage: keyset order, capped total, next_cursor). */
  list(filters: UserFilters, request: PageRequest): Promise<Page<UserEntity>> {
    return this.db.run((m) =>
      readPage(m, this.filtered(m, filters), this.order(filters), request, {
        cap: filters.q ? SEARCH_COUNT_CAP : TOTAL_COUNT_CAP,
      }),
    );
  }

  /** The next batch after `after` in the filter's order (keyset pagination: no growing OFFSET). */
  exportBatch(
    filters: UserFilters,
    after: UserEntity | undefined,
    size: number,
  ): Promise<UserEntity[]> {
    return this.db.run((m) => {
      const order = this.order(filters);
      const query = applyOrder(this.filtered(m, filters), order);
      if (after)
        applyAfter(query, order, order.id ? [order.keyOf(after), after.id] : [order.keyOf(after)]);
      return fetchOrderedPlain(query, size);
    });
  }

  private filtered(manager: EntityManager, filters: UserFilters): SelectQueryBuilder<UserEntity> {
    const query = this.users(manager).createQueryBuilder('u').select(LISTED_COLUMNS);
    if (filters.q) whereTextContains(query, this.db.driver, NAME_SEARCH, filters.q);
    if (filters.is_active !== undefined)
      query.andWhere('u.is_active = :isActive', { isActive: filters.is_active });
    if (filters.is_admin !== undefined)
      query.andWhere('u.is_admin = :isAdmin', { isAdmin: filters.is_admin });
    if (filters.created_after)
      query.andWhere('u.created_at >= :createdAfter', { createdAfter: filters.created_after });
    if (filters.created_before)
      query.andWhere('u.created_at < :createdBefore', { createdBefore: filters.created_before });
    return query;
  }

  private order(filters: UserFilters): ListOrder<UserEntity> {
    const { sort, order } = filters;
    const { unique, ...key } = SORT_KEYS[sort];
    return {
      list: 'users',
      sort,
      order,
      ...key,
      ...(unique ? {} : { id: 'u.id', idOf: (u: UserEntity) => u.id }),
      filters: {
        q: filters.q,
        is_active: filters.is_active,
        is_admin: filters.is_admin,
        created_after: filters.created_after,
        created_before: filters.created_before,
      },
    };
  }
}
