import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import type { OidcProviderSettings } from '../config/sso.config';
import { Database } from '../database/database.service';
import type { UserEntity } from '../users/user.entity';
import { canonicalEmail, EMAIL_MAX_LENGTH } from '../users/user-rules';
import { baseUsername } from '../users/usernames';
import { UsersService } from '../users/users.service';
import { SsoSignInRefused } from './sso.errors';
import { UserIdentitiesRepository } from './user-identities.repository';
import { UserIdentityEntity } from './user-identity.entity';

/** The claims of a validated ID token (and UserInfo) that sign-in reads. */
export interface ProviderClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  preferred_username?: unknown;
  [claim: string]: unknown;
}

/**
 * Who a provider's sign-in is (SPEC §9): the user linked to (provider,
 * subject); else, on a first sign-in, the existing account with that email
 * when the provider asserts `email_verified`, or a new account without a
 * password. Deactivated users are refused; `*_ALLOWED_DOMAINS` refuses other
 * email domains; with `*_ADMIN_GROUP`, membership of that group decides
 * `is_admin` at every sign-in (the last active admin keeps their role).
 */
@Injectable()
export class SsoAccountsService {
  private readonly logger = new Logger(SsoAccountsService.name);

  constructor(
    private readonly identities: UserIdentitiesRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly db: Database,
  ) {}

  async signIn(provider: OidcProviderSettings, claims: ProviderClaims): Promise<UserEntity> {
    const email = assertedEmail(claims.email);
    if (provider.allowedDomains.length > 0) {
      const domain = email?.slice(email.lastIndexOf('@') + 1);
      if (!domain || !provider.allowedDomains.includes(domain)) {
        throw new SsoSignInRefused(
          'SSO_DOMAIN_NOT_ALLOWED',
          'email domain not allowed for this provider',
        );
      }
    }
    const subject = claims.sub;
    let user = await this.linkedUser(provider.name, subject, email);
    if (!user) {
      if (!email) throw new SsoSignInRefused('SSO_EMAIL_MISSING', 'no usable email asserted');
      user = await this.firstSignIn(provider, claims, subject, email);
    }
    if (!user.is_active) throw new SsoSignInRefused('ACCOUNT_DISABLED', 'account deactivated');
    return this.applyAdminGroup(provider, claims, user);
  }

  private async linkedUser(
    provider: string,
    subject: string,
    email: string | undefined,
  ): Promise<UserEntity | null> {
    const identity = await this.identities.findByProviderSubject(provider, subject);
    if (!identity) return null;
    if (email && identity.email !== email) await this.identities.updateEmail(identity.id, email);
    return this.users.findById(identity.user_id);
  }

  /** Links the account with that email (verified only) or creates one; concurrent first sign-ins settle on one. */
  private async firstSignIn(
    provider: OidcProviderSettings,
    claims: ProviderClaims,
    subject: string,
    email: string,
  ): Promise<UserEntity> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const existing = await this.users.findByEmail(email);
        if (existing) {
          if (claims.email_verified !== true) {
            throw new SsoSignInRefused(
              'SSO_EMAIL_NOT_VERIFIED',
              'an account has this email and the provider does not assert it verified',
            );
          }
          if (!existing.is_active)
            throw new SsoSignInRefused('ACCOUNT_DISABLED', 'account deactivated');
          await this.db.transaction(() => this.link(existing, provider.name, subject, email));
          return existing;
        }
        const username = await this.users.freeUsername(
          baseUsername(stringOf(claims.preferred_username), email),
        );
        return await this.db.transaction(async () => {
          const created = await this.users.createWithoutPassword(
            { username, email, is_admin: false, email_verified: claims.email_verified === true },
            { provider: provider.name },
          );
          await this.link(created, provider.name, subject, email);
          return created;
        });
      } catch (error) {
        // Someone else linked this subject, or took the email or username, meanwhile: look again.
        const raced =
          isUniqueViolation(error) ||
          (error instanceof AppException && ['EMAIL_TAKEN', 'USERNAME_TAKEN'].includes(error.code));
        if (!raced || attempt >= 2) throw error;
        const linked = await this.linkedUser(provider.name, subject, email);
        if (linked) return linked;
      }
    }
  }

  private async link(user: UserEntity, provider: string, subject: string, email: string) {
    const identity = Object.assign(new UserIdentityEntity(), {
      id: randomUUID(),
      user_id: user.id,
      provider,
      subject,
      email,
      created_at: new Date(),
    });
    await this.identities.insert(identity);
    await this.audit.record({
      action: 'user.identity_linked',
      target: { type: 'user', id: user.id },
      details: { provider, identity_id: identity.id },
    });
  }

  private async applyAdminGroup(
    provider: OidcProviderSettings,
    claims: ProviderClaims,
    user: UserEntity,
  ): Promise<UserEntity> {
    if (provider.adminGroup === undefined) return user;
    const groups = claims[provider.groupsClaim];
    const member = Array.isArray(groups)
      ? groups.includes(provider.adminGroup)
      : groups === provider.adminGroup;
    if (member === user.is_admin) return user;
    try {
      return await this.users.update(user.id, { is_admin: member });
    } catch (error) {
      if (!(error instanceof AppException && error.code === 'LAST_ADMIN')) throw error;
      this.logger.warn(
        { user_id: user.id, provider: provider.name },
        'The last active admin left the admin group at the provider; they stay admin',
      );
      return user;
    }
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The provider's email in the stored form, or undefined when it sent none that we could store. */
function assertedEmail(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(value.trim())) return undefined;
  const email = canonicalEmail(value);
  return email && email.length <= EMAIL_MAX_LENGTH ? email : undefined;
}
