import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { escapeLike, LIKE_ESCAPE } from '../database/like';
import { afterRow, orderedWithTieBreak } from '../common/pagination/keyset';
import { Database } from '../database/database.service';
import type { UserFiltersDto, UserSortField } from './dto/list-users-query.dto';
import { UserEntity } from './user.entity';

export type UserFilters = Omit<UserFiltersDto, 'sort' | 'order'> & {
  sort: UserSortField;
  order: 'asc' | 'desc';
};

/** Sort field → column; usernames sort by their case-folded key. */
const SORT_COLUMNS: Record<UserSortField, keyof UserEntity> = {
  created_at: 'created_at',
  username: 'username_normalized',
  email: 'email',
};

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

  list(filters: UserFilters, offset: number, limit: number): Promise<[UserEntity[], number]> {
    return this.db.run((m) =>
      this.ordered(this.filtered(m, filters), filters).skip(offset).take(limit).getManyAndCount(),
    );
  }

  /** The next batch after `after` in the filter's order (keyset pagination: no growing OFFSET). */
  exportBatch(
    filters: UserFilters,
    after: UserEntity | undefined,
    size: number,
  ): Promise<UserEntity[]> {
    return this.db.run((m) => {
      const query = this.filtered(m, filters);
      if (after) {
        const column = SORT_COLUMNS[filters.sort];
        afterRow(query, 'u', column, filters.order, { value: after[column], id: after.id });
      }
      return this.ordered(query, filters).take(size).getMany();
    });
  }

  private filtered(manager: EntityManager, filters: UserFilters): SelectQueryBuilder<UserEntity> {
    const query = this.users(manager).createQueryBuilder('u');
    if (filters.q) {
      query.andWhere(
        `(u.username_normalized LIKE :q ESCAPE '${LIKE_ESCAPE}' OR u.email LIKE :q ESCAPE '${LIKE_ESCAPE}')`,
        { q: `%${escapeLike(filters.q.toLowerCase())}%` },
      );
    }
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

  private ordered(
    query: SelectQueryBuilder<UserEntity>,
    filters: UserFilters,
  ): SelectQueryBuilder<UserEntity> {
    return orderedWithTieBreak(query, 'u', SORT_COLUMNS[filters.sort], filters.order);
  }
}
