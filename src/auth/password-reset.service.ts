import { AuditService } from '../audit/audit.service';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { mfaConfig, type MfaSettings } from '../config/mfa.config';
import { MailService } from '../mail/mail.service';
import { ResetTokensService } from '../tokens/reset-tokens.service';
import { AuthErrors } from '../common/errors/auth-errors';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { resetLink, resetMail } from './reset-mail';
import { errorForLog } from '../common/errors/error-for-log';

/** How long shutdown waits for reset requests still being worked on (mail in flight). */
const SHUTDOWN_DRAIN_MS = 10_000;

/**
 * Password reset by email (SPEC §2).
 *
 * Requesting a link must not reveal whether an account exists, by its answer
 * or by its timing: the request is answered at once, the same way every
 * time, and everything that depends on the account (lookup, token, mail)
 * happens afterwards, in the background, where a slow or failing mail server
 * is logged and can neither delay the answer nor turn it into an error.
 *
 * Using a link consumes its token with a compare-and-set in the same
 * transaction that sets the password, so of any number of concurrent uses
 * exactly one succeeds.
 */
@Injectable()
export class PasswordResetService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PasswordResetService.name);
  /** Background work started by requests and not finished yet. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly users: UsersService,
    private readonly resetTokens: ResetTokensService,
    private readonly mail: MailService,
    @Inject(authConfig.KEY) private readonly settings: AuthSettings,
    private readonly audit: AuditService,
    @Inject(mfaConfig.KEY) private readonly verificationSettings: MfaSettings,
  ) {}

  /**
   * Accepts a reset request; returns before anything about the account is
   * known. Throws only what configuration decides (503 MAIL_NOT_CONFIGURED).
   */
  request(email: string): void {
    this.mail.assertAvailable();
    const work = this.sendResetLink(email).finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** Sets a new password with a reset token and ends every session of the user. */
  async reset(token: string, newPassword: string): Promise<void> {
    const ticket = await this.resetTokens.findUsable(token);
    if (!ticket) throw AuthErrors.invalidResetToken();
    const done = await this.users.resetPassword(ticket, newPassword);
    if (!done) throw AuthErrors.invalidResetToken();
    this.logger.log(
      { user_id: ticket.userId },
      'Password reset with an emailed link; sessions ended',
    );
  }

  /** Resolves when every reset request accepted so far has been worked through (mail sent or failed). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), SHUTDOWN_DRAIN_MS);
    });
    const outcome = await Promise.race([this.idle(), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      this.logger.warn('Shutting down with password-reset mail still in flight');
  }

  /** The background half of a request. Never rejects: failures are logged. */
  private async sendResetLink(email: string): Promise<void> {
    let user: UserEntity | null;
    let token: string;
    try {
      user = await this.users.findByEmail(email);
      const unverified = this.verificationSettings.requireVerifiedEmail && !user?.email_verified;
      if (!user?.is_active || unverified) {
        // Nothing is sent for unknown or deactivated accounts, nor (with REQUIRE_VERIFIED_EMAIL)
        // to an address nobody has shown to be theirs; the address itself is not logged.
        this.logger.debug('Password reset requested for no active account; no mail sent');
        this.audit.recordDetached({ action: 'user.password_reset_requested' });
        return;
      }
      const owner = user;
      token = await this.audit.withEvent(
        async () => (await this.resetTokens.issue(owner.id)).token,
        () => ({ action: 'user.password_reset_requested', target: { type: 'user', id: owner.id } }),
      );
    } catch (error) {
      this.logger.error({ err: errorForLog(error) }, 'Could not issue a password-reset token');
      return;
    }
    try {
      await this.mail.send(
        resetMail({
          to: user.email,
          username: user.username,
          link: resetLink(this.settings.passwordResetUrl, token),
          ttlSeconds: this.resetTokens.ttlSeconds,
        }),
      );
      this.logger.log({ user_id: user.id }, 'Password-reset mail sent');
    } catch (error) {
      this.logger.error(
        { err: errorForLog(error), user_id: user.id },
        'Could not send a password-reset mail; the user can ask for a new link',
      );
    }
  }
}
