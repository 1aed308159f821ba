import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Database } from '../database/database.service';
import { UsersService } from '../users/users.service';
import { SsoErrors } from './sso.errors';
import { UserIdentitiesRepository } from './user-identities.repository';
import type { UserIdentityEntity } from './user-identity.entity';

/** The admin's view of a user's linked provider accounts. */
@Injectable()
export class UserIdentitiesService {
  constructor(
    private readonly identities: UserIdentitiesRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly db: Database,
  ) {}

  async list(userId: string): Promise<UserIdentityEntity[]> {
    await this.users.getById(userId);
    return this.identities.listOfUser(userId);
  }

  /**
   * Unlinks one identity: the next sign-in through that provider account
   * links again only by a verified email, or creates a new user.
   */
  async unlink(userId: string, identityId: string): Promise<void> {
    await this.users.getById(userId);
    await this.db.transaction(async () => {
      const identity = await this.identities.findOfUser(userId, identityId);
      if (!identity || !(await this.identities.delete(identity.id)))
        throw SsoErrors.identityNotFound();
      await this.audit.record({
        action: 'user.identity_unlinked',
        target: { type: 'user', id: userId },
        details: { provider: identity.provider, identity_id: identity.id },
      });
    });
  }
}
