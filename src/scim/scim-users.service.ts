import { Injectable } from '@nestjs/common';
import type { UserEntity } from '../users/user.entity';
import { normalizeEmail, normalizeUsername, USERNAME_PATTERN } from '../users/user-rules';
import { baseUsername } from '../users/usernames';
import { UsersService, type UserChanges } from '../users/users.service';
import { ScimErrors } from './scim-errors';
import { parseScimFilter } from './scim-filter';
import { applyScimPatch } from './scim-patch';
import { stateOf, userFromResource, versionOf, type ScimUserState } from './scim-user';

/**
 * The local username a SCIM userName proposes: the userName itself when it
 * follows the username rules, else a sanitised form (`ada@example.org` →
 * `ada`); `UsersService.freeUsername` then makes it unique.
 */
function usernameBase(state: ScimUserState): string {
  return USERNAME_PATTERN.test(state.userName)
    ? state.userName
    : baseUsername(state.userName, state.email);
}

/**
 * Whether the local username still follows the SCIM userName (it is the
 * userName, or what was derived from it): a rename then renames it too. A
 * username its owner chose since (PATCH /auth/me) is kept.
 */
function followsUserName(user: UserEntity, before: ScimUserState): boolean {
  return [before.userName, usernameBase(before)].some(
    (name) => normalizeUsername(name) === user.username_normalized,
  );
}

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

  async create(body: unknown): Promise<UserEntity> {
    const state = userFromResource(body);
    await this.assertUserNameFree(state.userName);
    return this.users.provision({
      username: await this.users.freeUsername(usernameBase(state)),
      scim_user_name: state.userName,
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

  /**
   * 409 `uniqueness` when another user has this userName, ignoring case: a
   * provisioned one, or (its userName then) an account made outside SCIM
   * with this username. The unique index settles races between SCIM names.
   */
  private async assertUserNameFree(userName: string, ownerId?: string): Promise<void> {
    const criteria = { field: 'scim_user_name' as const, equals: userName };
    const { users } = await this.users.findMatching(criteria, 0, 2);
    if (users.some((holder) => holder.id !== ownerId)) {
      throw ScimErrors.uniqueness('Another user has that userName.');
    }
  }

  /** Writes what changed through the users service (deactivation ends sessions there). */
  private async store(user: UserEntity, next: ScimUserState): Promise<UserEntity> {
    const before = stateOf(user);
    const changes: UserChanges = {};
    if (next.userName !== before.userName) {
      await this.assertUserNameFree(next.userName, user.id);
      changes.scim_user_name = next.userName;
      if (followsUserName(user, before)) {
        const username = await this.users.freeUsername(usernameBase(next), user.id);
        if (username !== user.username) changes.username = username;
      }
    }
    if (normalizeEmail(next.email) !== before.email) changes.email = next.email;
    if (next.active !== before.active) changes.is_active = next.active;
    if (next.externalId !== before.externalId) changes.external_id = next.externalId;
    if (Object.keys(changes).length === 0) return user;
    return this.users.update(user.id, changes);
  }
}
