/* eslint-disable max-lines -- every rule about users in the one service the users module exports; the session and last-admin rules read best beside the changes they guard. */
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation, violatedConstraint } from '../common/errors/database-errors';
import type { Page } from '../common/pagination/pagination.dto';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit-context';
import { Database } from '../database/database.service';
import { ResetTokensService, type ResetTicket } from '../tokens/reset-tokens.service';
import { SessionsService } from '../tokens/sessions.service';
import type { ListUsersQueryDto, UserFiltersDto } from './dto/list-users-query.dto';
import { PasswordHasher } from './password-hasher';
import { loadCommonPasswords, PasswordPolicy } from './password-policy/password-policy';
import { userChangeEvents, type ChangedBy } from './user-audit-events';
import { UserDeletionHooks } from './user-deletion-hooks';
import { UserEmailChangeHooks, type EmailChange } from './user-email-change-hooks';
import { UserEntity } from './user.entity';
import type { UserCriteria } from './user-criteria';
import {
  loginIdentifierKind,
  normalizeEmail,
  normalizeScimUserName,
  normalizeUsername,
  resetLinkRevocation,
} from './user-rules';
import { UserErrors } from './users.errors';
import { UsersRepository } from './users.repository';
import { usernameCandidate } from './usernames';
import { errorForLog } from '../common/errors/error-for-log';

export interface NewUser {
  username: string;
  email: string;
  password: string;
  is_admin?: boolean;
  is_active?: boolean;
  /** Default false: only the owner opening a verification link (or the operator's CLI) vouches for an address. */
  email_verified?: boolean;
}

/** A user provisioned by an identity provider (SCIM): no password until a reset sets one. */
export interface ProvisionedUser {
  username: string;
  /** SCIM's `userName`, as sent. */
  scim_user_name: string;
  email: string;
  is_active: boolean;
  external_id: string | null;
}

export interface UserChanges {
  external_id?: string | null;
  scim_user_name?: string;
  username?: string;
  email?: string;
  password?: string;
  is_active?: boolean;
  is_admin?: boolean;
}

/** Candidates `freeUsername` tries before a random suffix. */
const USERNAME_ATTEMPTS = 20;

/**
 * Rows per query when streaming an export: 1,000 took ~25% less server CPU
 * per row than 500 (users export, MariaDB) and keeps one SQLite statement
 * to a few milliseconds.
 */
const EXPORT_BATCH_SIZE = 1000;

/**
 * The rules about users: normalisation, uniqueness, the password policy,
 * last-admin protection, and what ends a user's sessions.
 *
 * Sessions end inside the transaction that stores the change that ends them
 * (new password, reset, deactivation): a committed change never leaves old
 * sessions alive, because if ending them fails the change rolls back, and on
 * MySQL a lock conflict retries both together.
 */
@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);
  private readonly passwordPolicy = new PasswordPolicy(loadCommonPasswords());

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly db: Database,
    private readonly sessions: SessionsService,
    private readonly resetTokens: ResetTokensService,
    private readonly deletionHooks: UserDeletionHooks,
    private readonly audit: AuditService,
    private readonly emailChangeHooks: UserEmailChangeHooks,
  ) {}

  /** `action`: `user.registered` for a sign-up (the new user is the actor), else `user.created`. */
  async create(
    input: NewUser,
    action: 'user.created' | 'user.registered' = 'user.created',
  ): Promise<UserEntity> {
    this.assertPasswordAcceptable('password', input.password, input);
    return this.insertUser(input, await this.hasher.hash(input.password), action);
  }

  /**
   * A user made by a first single sign-on: no password (`hashed_password`
   * empty, which no password verifies: login fails as for a wrong one), until
   * a password reset sets one. Joins the caller's transaction.
   */
  createWithoutPassword(
    input: Omit<NewUser, 'password'>,
    details: Record<string, string>,
  ): Promise<UserEntity> {
    return this.insertUser(input, '', 'user.created', details);
  }

  /**
   * A username no other account has (ignoring case): `base` (see
   * usernames.ts), else base-2, base-3, … A user keeps their own
   * (`ownerId`). Single sign-on and SCIM derive usernames with it.
   */
  async freeUsername(base: string, ownerId?: string): Promise<string> {
    for (let attempt = 0; attempt < USERNAME_ATTEMPTS; attempt += 1) {
      const candidate = usernameCandidate(base, attempt);
      const holder = await this.users.findByNormalizedUsername(normalizeUsername(candidate));
      if (holder === null || holder.id === ownerId) return candidate;
    }
    return usernameCandidate(
      base.slice(0, 20),
      Math.floor(Math.random() * 1e6) + USERNAME_ATTEMPTS,
    );
  }

  private async insertUser(
    input: Omit<NewUser, 'password'>,
    hashed_password: string,
    action: 'user.created' | 'user.registered',
    details: Record<string, string> = {},
  ): Promise<UserEntity> {
    const now = new Date();
    const user = new UserEntity();
    Object.assign(user, {
      id: randomUUID(),
      username: input.username.trim(),
      username_normalized: normalizeUsername(input.username),
      email: normalizeEmail(input.email),
      hashed_password,
      is_active: input.is_active ?? true,
      is_admin: input.is_admin ?? false,
      email_verified: input.email_verified ?? false,
      mfa_enabled: false,
      external_id: null,
      scim_user_name: null,
      scim_user_name_normalized: null,
      created_at: now,
      updated_at: now,
    } satisfies UserEntity);
    await this.mapDuplicates(() =>
      this.audit.withEvent(
        () => this.users.insert(user),
        () => ({
          action,
          actor: action === 'user.registered' ? userActor(user.id) : undefined,
          target: { type: 'user', id: user.id },
          details: { ...details, is_admin: user.is_admin, is_active: user.is_active },
        }),
      ),
    );
    return user;
  }

  /**
   * SCIM create: an account without a password (an empty hash, which no
   * password verifies: password sign-in fails as for a wrong password, and a
   * password reset can set one).
   */
  async provision(input: ProvisionedUser): Promise<UserEntity> {
    const now = new Date();
    const user = Object.assign(new UserEntity(), {
      id: randomUUID(),
      username: input.username.trim(),
      username_normalized: normalizeUsername(input.username),
      email: normalizeEmail(input.email),
      hashed_password: '',
      is_active: input.is_active,
      is_admin: false,
      // The identity provider, configured by an admin, vouches for its directory's addresses.
      email_verified: true,
      mfa_enabled: false,
      external_id: input.external_id,
      scim_user_name: input.scim_user_name,
      scim_user_name_normalized: normalizeScimUserName(input.scim_user_name),
      created_at: now,
      updated_at: now,
    } satisfies UserEntity);
    await this.mapDuplicates(() =>
      this.audit.withEvent(
        () => this.users.insert(user),
        () => ({
          action: 'user.created',
          target: { type: 'user', id: user.id },
          details: { is_admin: false, is_active: user.is_active, provisioned: true },
        }),
      ),
    );
    return user;
  }

  /** Users matching the criteria (SCIM's filter), oldest first, with the total. */
  findMatching(
    criteria: UserCriteria | undefined,
    offset: number,
    limit: number,
  ): Promise<{ users: UserEntity[]; total: number }> {
    return this.users.findMatching(criteria, offset, limit);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  async getById(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw UserErrors.notFound();
    return user;
  }

  /** The account a login identifier (username or email) names, if any. */
  findByLoginIdentifier(identifier: string): Promise<UserEntity | null> {
    return loginIdentifierKind(identifier) === 'email'
      ? this.users.findByEmail(normalizeEmail(identifier))
      : this.users.findByNormalizedUsername(normalizeUsername(identifier));
  }

  /** The account with this email (normalised first), if any. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(normalizeEmail(email));
  }

  /** Checks a password; upgrades the stored hash when it was made with older parameters. */
  async verifyPassword(user: UserEntity, password: string): Promise<boolean> {
    // No password yet (SCIM or single sign-on): PasswordHasher.verify spends a wrong one's work.
    if (!(await this.hasher.verify(user.hashed_password, password))) return false;
    if (this.hasher.needsRehash(user.hashed_password)) {
      const hashed_password = await this.hasher.hash(password);
      await this.users
        .update(user.id, { hashed_password })
        .catch((error: unknown) =>
          this.logger.warn({ err: errorForLog(error) }, 'Could not upgrade a password hash'),
        );
    }
    return true;
  }

  /** Spends a verification's worth of time for an unknown account (see PasswordHasher). */
  verifyNoAccount(password: string): Promise<false> {
    return this.hasher.verifyNothing(password);
  }

  /**
   * The owner proved they read mail at `email`: marks it verified if the
   * account still has that address. False when it does not (changed since
   * the link was sent, or the account is gone). Joins the caller's transaction.
   */
  async markEmailVerified(userId: string, email: string): Promise<boolean> {
    const user = await this.users.findById(userId);
    if (user?.email !== email) return false;
    if (!user.email_verified)
      await this.users.update(userId, { email_verified: true, updated_at: new Date() });
    return true;
  }

  /** Kept in step with the mfa module's own table, in its transaction. */
  async setMfaEnabled(userId: string, enabled: boolean): Promise<void> {
    await this.users.update(userId, { mfa_enabled: enabled, updated_at: new Date() });
  }

  /** `PATCH /auth/me`: a user may change their own username and email. */
  async updateProfile(
    userId: string,
    changes: Pick<UserChanges, 'username' | 'email'>,
  ): Promise<UserEntity> {
    return this.applyChanges(userId, changes, 'self');
  }

  /** `POST /auth/change-password`: needs the current password; ends the user's other sessions. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    keepSessionId?: string,
  ): Promise<void> {
    const user = await this.getById(userId);
    if (!(await this.hasher.verify(user.hashed_password, currentPassword)))
      throw UserErrors.wrongCurrentPassword();
    if (currentPassword === newPassword) {
      throw UserErrors.weakPassword('new_password', 'must differ from the current password');
    }
    this.assertPasswordAcceptable('new_password', newPassword, user);
    const hashed_password = await this.hasher.hash(newPassword);
    await this.audit.withEvent(
      async () => {
        await this.write(user, { hashed_password, updated_at: new Date() });
        await this.sessions.endAllForUser(user.id, 'password_changed', keepSessionId);
      },
      () => ({ action: 'user.password_changed', target: { type: 'user', id: user.id } }),
    );
  }

  /**
   * `POST /auth/reset-password`: sets a new password for an active user and
   * ends every session of theirs. The password policy is checked (422 on
   * `new_password`) and the password hashed before anything changes; then,
   * in one transaction, the reset token is consumed (compare-and-set) and
   * only its single winner sets the password.
   * Returns false, changing nothing, when the user is gone or deactivated or
   * the claim fails.
   */
  async resetPassword(ticket: ResetTicket, newPassword: string): Promise<boolean> {
    const userId = ticket.userId;
    const user = await this.users.findById(userId);
    if (!user?.is_active) return false;
    this.assertPasswordAcceptable('new_password', newPassword, user);
    const hashed_password = await this.hasher.hash(newPassword);
    return this.db.transaction(async () => {
      const current = await this.users.findById(userId);
      if (!current?.is_active) return false;
      if (!(await this.resetTokens.claim(ticket))) return false;
      await this.write(current, { hashed_password, updated_at: new Date() });
      await this.sessions.endAllForUser(userId, 'password_reset');
      // The reset link proved who acted; the request itself is anonymous.
      await this.audit.record({
        action: 'user.password_reset',
        actor: userActor(userId),
        target: { type: 'user', id: userId },
      });
      return true;
    });
  }

  /**
   * `PATCH /users/{id}` (admin). Deactivating a user or setting their password
   * ends all their sessions; the last active admin keeps their role.
   */
  update(id: string, changes: UserChanges): Promise<UserEntity> {
    const endsSessions =
      changes.is_active === false
        ? 'deactivated'
        : changes.password !== undefined
          ? 'password_reset_by_admin'
          : undefined;
    return this.applyChanges(id, changes, 'admin', endsSessions);
  }

  /** `DELETE /users/{id}` (admin): the user, their sessions and tokens, and (through hooks) their files. */
  async delete(id: string): Promise<void> {
    const cleanups = await this.db.transaction(async () => {
      const user = await this.users.findById(id);
      if (!user) throw UserErrors.notFound();
      if (user.is_admin && user.is_active) await this.assertAnotherActiveAdmin(id);
      const afterCommit: Array<() => Promise<void>> = [];
      for (const hook of this.deletionHooks.all())
        afterCommit.push(await hook.prepareUserDeletion(id));
      // Before the delete, so a failing delete takes the event with it (see the audit tests).
      await this.audit.record({
        action: 'user.deleted',
        target: { type: 'user', id },
        details: { username: user.username },
      });
      await this.users.delete(id);
      return afterCommit;
    });
    const results = await Promise.allSettled(cleanups.map((cleanup) => cleanup()));
    for (const result of results) {
      if (result.status === 'rejected') {
        this.logger.error(
          { err: errorForLog(result.reason), user_id: id },
          'Clean-up after deleting a user failed; the janitor will retry',
        );
      }
    }
  }

  async list(query: ListUsersQueryDto): Promise<Page<UserEntity>> {
    return this.users.list(query, query);
  }

  exportBatch(filters: UserFiltersDto, after: UserEntity | undefined): Promise<UserEntity[]> {
    return this.users.exportBatch(filters, after, EXPORT_BATCH_SIZE);
  }

  /** CLI `create-admin`: creates an admin, or promotes (and activates) the user with that username. */
  async createOrPromoteAdmin(input: NewUser): Promise<{ user: UserEntity; created: boolean }> {
    const existing = await this.users.findByNormalizedUsername(normalizeUsername(input.username));
    if (existing) {
      const patch = { is_admin: true, is_active: true };
      await this.audit.withEvent(
        () => this.write(existing, { ...patch, updated_at: new Date() }),
        () => userChangeEvents(existing, patch, 'admin'),
      );
      return { user: await this.getById(existing.id), created: false };
    }
    return {
      user: await this.create({ ...input, is_admin: true, is_active: true, email_verified: true }),
      created: true,
    };
  }

  /** Stores the changes; with `endSessionsReason`, ends all the user's sessions in the same transaction. */
  private async applyChanges(
    id: string,
    changes: UserChanges,
    by: ChangedBy,
    endSessionsReason?: string,
  ): Promise<UserEntity> {
    const hashed_password =
      changes.password === undefined ? undefined : await this.hasher.hash(changes.password);
    let emailChange: EmailChange | undefined;
    const changed = await this.db.transaction(async () => {
      const user = await this.users.findById(id);
      if (!user) throw UserErrors.notFound();
      if (changes.password !== undefined) {
        this.assertPasswordAcceptable('password', changes.password, {
          username: changes.username ?? user.username,
          email: changes.email ?? user.email,
        });
      }
      const losesAdmin =
        user.is_admin &&
        user.is_active &&
        (changes.is_admin === false || changes.is_active === false);
      if (losesAdmin) await this.assertAnotherActiveAdmin(id);

      const patch: Partial<UserEntity> = {};
      if (changes.username !== undefined) {
        patch.username = changes.username.trim();
        patch.username_normalized = normalizeUsername(changes.username);
      }
      if (changes.email !== undefined) patch.email = normalizeEmail(changes.email);
      if (changes.external_id !== undefined && changes.external_id !== user.external_id)
        patch.external_id = changes.external_id;
      if (changes.scim_user_name !== undefined && changes.scim_user_name !== user.scim_user_name) {
        patch.scim_user_name = changes.scim_user_name;
        patch.scim_user_name_normalized = normalizeScimUserName(changes.scim_user_name);
      }
      if (patch.email !== undefined && patch.email !== user.email) {
        // A new address is unverified until its owner opens the link mailed to it.
        patch.email_verified = false;
        emailChange = {
          userId: id,
          username: patch.username ?? user.username,
          previousEmail: user.email,
          email: patch.email,
        };
      }
      if (hashed_password !== undefined) patch.hashed_password = hashed_password;
      if (changes.is_active !== undefined) patch.is_active = changes.is_active;
      if (changes.is_admin !== undefined) patch.is_admin = changes.is_admin;
      if (Object.keys(patch).length === 0) return user;
      patch.updated_at = new Date();
      await this.write(user, patch);
      if (endSessionsReason) await this.sessions.endAllForUser(id, endSessionsReason);
      await this.audit.record(userChangeEvents(user, patch, by));
      return Object.assign(user, patch);
    });
    if (emailChange) this.emailChangeHooks.notify(emailChange);
    return changed;
  }

  /**
   * How every change to a user is stored (only the transparent re-hash in
   * `verifyPassword` writes directly): in one transaction with what it
   * implies for their tokens. A new password or email, or a deactivation,
   * voids their outstanding password-reset links (see `resetLinkRevocation`).
   */
  private async write(user: UserEntity, patch: Partial<UserEntity>): Promise<void> {
    await this.db.transaction(async () => {
      await this.mapDuplicates(() => this.users.update(user.id, patch));
      const revocation = resetLinkRevocation(user, patch);
      if (revocation) await this.resetTokens.revokeAll(user.id, revocation);
    });
  }

  /** Must run inside a transaction: it locks the active admins until commit. */
  private async assertAnotherActiveAdmin(userId: string): Promise<void> {
    const admins = await this.users.lockActiveAdminIds();
    if (!admins.some((adminId) => adminId !== userId)) throw UserErrors.lastAdmin();
  }

  private assertPasswordAcceptable(
    field: string,
    password: string,
    context: { username?: string; email?: string },
  ): void {
    const problem = this.passwordPolicy.problemWith(password, context);
    if (problem) throw UserErrors.weakPassword(field, problem);
  }

  /** The unique indexes are the truth for uniqueness (no check-then-insert race); name the clash. */
  private async mapDuplicates<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const constraint = violatedConstraint(error) ?? '';
      if (constraint.includes('email')) throw UserErrors.emailTaken();
      if (constraint.includes('username') || constraint.includes('scim_user_name'))
        throw UserErrors.usernameTaken();
      throw error;
    }
  }
}
