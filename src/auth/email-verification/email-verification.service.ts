import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { userActor } from '../../audit/audit-context';
import { AuditService } from '../../audit/audit.service';
import { AppException } from '../../common/errors/app.exception';
import { BackgroundTasks } from '../../common/lifecycle/background-tasks';
import { mfaConfig, type MfaSettings } from '../../config/mfa.config';
import { Database } from '../../database/database.service';
import { MailService } from '../../mail/mail.service';
import { generateTokenValue, hashTokenValue, looksLikeTokenValue } from '../../tokens/token-values';
import type { EmailChange, UserEmailChangeListener } from '../../users/user-email-change-hooks';
import { UserEmailChangeHooks } from '../../users/user-email-change-hooks';
import { UsersService } from '../../users/users.service';
import { resetLink } from '../reset-mail';
import { EmailVerificationEntity } from './email-verification.entity';
import { EmailVerificationsRepository } from './email-verifications.repository';
import { emailChangedNotice, verificationMail } from './verification-mail';

/** The account a link is mailed for. */
interface Recipient {
  id: string;
  username: string;
  email: string;
}

export const invalidVerificationToken = (): AppException =>
  new AppException(
    400,
    'INVALID_VERIFICATION_TOKEN',
    'The verification link is invalid, expired or already used, or the account has another email now. Ask for a new link.',
  );

/**
 * Verified email addresses (SPEC §11). A link (`EMAIL_VERIFICATION_URL?token=…`)
 * is mailed on sign-up, on every email change and on request; it is stored
 * hashed, works once, and verifies only the address it was sent to. Mail
 * goes out in the background: a slow mail server never holds up an answer.
 */
@Injectable()
export class EmailVerificationService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(EmailVerificationService.name);
  private readonly background = new BackgroundTasks(this.logger);

  constructor(
    private readonly verifications: EmailVerificationsRepository,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly emailChangeHooks: UserEmailChangeHooks,
    @Inject(mfaConfig.KEY) private readonly settings: MfaSettings,
  ) {}

  onModuleInit(): void {
    const listener: UserEmailChangeListener = {
      emailChanged: (change) => this.onEmailChanged(change),
    };
    this.emailChangeHooks.register(listener);
  }

  /** Mails a link to the account's current address, in the background. */
  sendLink(user: Recipient): void {
    if (!this.mail.available) return;
    this.background.start('Sending a verification link', () => this.issueAndMail(user));
  }

  /** `POST /auth/resend-verification`: a new link unless the address is verified already. */
  async resend(userId: string): Promise<void> {
    this.mail.assertAvailable();
    const user = await this.users.findById(userId);
    if (user && !user.email_verified) this.sendLink(user);
  }

  /** `POST /auth/verify-email`: uses the link and marks its address verified. */
  async verify(token: string): Promise<void> {
    if (!looksLikeTokenValue(token)) throw invalidVerificationToken();
    const row = await this.verifications.findByHash(hashTokenValue(token));
    const now = new Date();
    if (!row || row.used_at || row.expires_at <= now) throw invalidVerificationToken();
    const verified = await this.db.transaction(async () => {
      if (!(await this.verifications.claim(row.id, now))) return false;
      if (!(await this.users.markEmailVerified(row.user_id, row.email))) return false;
      await this.audit.record({
        action: 'user.email_verified',
        actor: userActor(row.user_id),
        target: { type: 'user', id: row.user_id },
      });
      return true;
    });
    if (!verified) throw invalidVerificationToken();
  }

  /** Resolves when every mail started so far has been sent (or failed). */
  idle(): Promise<void> {
    return this.background.idle();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!(await this.background.drain(10_000)))
      this.logger.warn('Shutting down with verification mail still in flight');
  }

  private onEmailChanged(change: EmailChange): void {
    this.sendLink({ id: change.userId, username: change.username, email: change.email });
    if (!this.mail.available) return;
    this.background.start('Sending an email-change notice', () =>
      this.mail.send(
        emailChangedNotice({
          to: change.previousEmail,
          username: change.username,
          newEmail: change.email,
        }),
      ),
    );
  }

  /** Stores a new link for the account's current address; returns its token (for the mail only). */
  async issue(user: Recipient): Promise<string> {
    const token = generateTokenValue();
    const now = new Date();
    const row: EmailVerificationEntity = {
      id: randomUUID(),
      user_id: user.id,
      email: user.email,
      token_hash: hashTokenValue(token),
      created_at: now,
      expires_at: new Date(now.getTime() + this.settings.emailVerificationTtlSeconds * 1000),
      used_at: null,
    };
    await this.audit.withEvent(
      () => this.verifications.insert(row),
      () => ({ action: 'user.email_verification_sent', target: { type: 'user', id: user.id } }),
    );
    return token;
  }

  private async issueAndMail(user: Recipient): Promise<void> {
    const token = await this.issue(user);
    await this.mail.send(
      verificationMail({
        to: user.email,
        username: user.username,
        link: resetLink(this.settings.emailVerificationUrl, token),
        ttlSeconds: this.settings.emailVerificationTtlSeconds,
      }),
    );
    this.logger.log({ user_id: user.id }, 'Verification mail sent');
  }
}
