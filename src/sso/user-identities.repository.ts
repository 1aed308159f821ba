import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.service';
import { UserIdentityEntity } from './user-identity.entity';

/** Named queries on `user_identities`; every call goes through `Database`. */
@Injectable()
export class UserIdentitiesRepository {
  constructor(private readonly db: Database) {}

  findByProviderSubject(provider: string, subject: string): Promise<UserIdentityEntity | null> {
    return this.db.run((m) => m.getRepository(UserIdentityEntity).findOneBy({ provider, subject }));
  }

  findOfUser(userId: string, id: string): Promise<UserIdentityEntity | null> {
    return this.db.run((m) =>
      m.getRepository(UserIdentityEntity).findOneBy({ id, user_id: userId }),
    );
  }

  listOfUser(userId: string): Promise<UserIdentityEntity[]> {
    return this.db.run((m) =>
      m
        .getRepository(UserIdentityEntity)
        .find({ where: { user_id: userId }, order: { created_at: 'ASC', id: 'ASC' } }),
    );
  }

  async insert(row: UserIdentityEntity): Promise<void> {
    await this.db.run((m) => m.getRepository(UserIdentityEntity).insert(row));
  }

  async updateEmail(id: string, email: string | null): Promise<void> {
    await this.db.run((m) => m.getRepository(UserIdentityEntity).update({ id }, { email }));
  }

  /** True when this call removed the row. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.run((m) => m.getRepository(UserIdentityEntity).delete({ id }));
    return result.affected === 1;
  }
}
