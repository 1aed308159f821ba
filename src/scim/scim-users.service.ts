import { Injectable } from '@nestjs/common';
import type { UserEntity } from '../users/user.entity';
import { normalizeEmail } from '../users/user-rules';
import { UsersService, type UserChanges } from '../users/users.service';
import { ScimErrors } from './scim-errors';
import { parseScimFilter } from './scim-filter';
import { applyScimPatch } from './scim-patch';
import { stateOf, userFromResource, versionOf, type ScimUserState } from './scim-user';

/** Most resources one list answer holds (ServiceProviderConfig `filter.maxResults`). */
export const SCIM_MAX_RESULTS = 100;

export interface ScimPage {
  total: number;
  startIndex: number;
  users: UserEntity[];
}

/**
 * Provisioning over SCIM, on the users service's own rules: uniqueness,
 * deactivation ending sessions at once, deletion with files, audit events
 * (recorded with actor type `scim`, see audit-context.ts). SCIM only maps
 * its resources onto those rules.
 */
@Injectable()
export class ScimUsersService {
  constructor(private readonly users: UsersService) {}

  async list(filter: string | undefined, startIndex: number, count: number): Promise<ScimPage> {
    const criteria = filter === undefined ? undefined : parseScimFilter(filter);
    const { users, total } = await this.users.findMatching(criteria, startIndex - 1, count);
    return { total, startIndex, users };
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw ScimErrors.notFound();
    return user;
  }

  create(body: unknown): Promise<UserEntity> {
    const state = userFromResource(body);
    return this.users.provision({
      username: state.userName,
      email: state.email,
      is_active: state.active,
      external_id: state.externalId,
    });
  }

  async replace(id: string, body: unknown, ifMatch: string | undefined): Promise<UserEntity> {
    const current = await this.current(id, ifMatch);
    return this.store(current, userFromResource(body, stateOf(current)));
  }

  async patch(id: string, body: unknown, ifMatch: string | undefined): Promise<UserEntity> {
    const current = await this.current(id, ifMatch);
    return this.store(current, applyScimPatch(stateOf(current), body));
  }

  async delete(id: string, ifMatch: string | undefined): Promise<void> {
    await this.current(id, ifMatch);
    await this.users.delete(id);
  }

  /** The user, after `If-Match` (a list of ETags, or `*`) is checked against its version. */
  private async current(id: string, ifMatch: string | undefined): Promise<UserEntity> {
    const user = await this.get(id);
    if (ifMatch !== undefined) {
      const tags = ifMatch.split(',').map((tag) => tag.trim());
      if (!tags.includes('*') && !tags.includes(versionOf(user))) {
        throw ScimErrors.preconditionFailed();
      }
    }
    return user;
  }

  /** Writes what changed through the users service (deactivation ends sessions there). */
  private async store(user: UserEntity, next: ScimUserState): Promise<UserEntity> {
    const before = stateOf(user);
    const changes: UserChanges = {};
    if (next.userName !== before.userName) changes.username = next.userName;
    if (normalizeEmail(next.email) !== before.email) changes.email = next.email;
    if (next.active !== before.active) changes.is_active = next.active;
    if (next.externalId !== before.externalId) changes.external_id = next.externalId;
    if (Object.keys(changes).length === 0) return user;
    return this.users.update(user.id, changes);
  }
}
