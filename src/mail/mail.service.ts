import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { appConfig, type AppSettings } from '../config/app.config';
import { mailConfig, type MailSettings } from '../config/mail.config';
import { MailErrors } from './mail.errors';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * How mail leaves this process:
 * - `smtp`: through SMTP_URL with nodemailer;
 * - `log`: no SMTP_URL outside production — the message, links included, is
 *   written to the log so the flows can be tried on a laptop;
 * - `disabled`: no SMTP_URL in production — nothing can be sent, and features
 *   that need mail answer 503 `MAIL_NOT_CONFIGURED` (never a silent drop).
 */
export type MailDelivery = 'smtp' | 'log' | 'disabled';

/**
 * nodemailer's defaults wait minutes for a dead server; a mail in flight
 * also holds up shutdown. Query options in SMTP_URL override these.
 */
const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
} as const;

/** Sends mail. Callers decide whether to wait; this never logs a message's body except in `log` mode. */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;
  readonly delivery: MailDelivery;

  constructor(
    @Inject(mailConfig.KEY) private readonly settings: MailSettings,
    @Inject(appConfig.KEY) app: AppSettings,
  ) {
    if (settings.smtpUrl) {
      this.delivery = 'smtp';
      this.transport = createTransport({ ...SMTP_TIMEOUTS, url: settings.smtpUrl });
    } else {
      this.delivery = app.environment === 'production' ? 'disabled' : 'log';
    }
  }

  /** False only in production without SMTP_URL. */
  get available(): boolean {
    return this.delivery !== 'disabled';
  }

  /** Throws 503 `MAIL_NOT_CONFIGURED` when mail cannot be sent at all. */
  assertAvailable(): void {
    if (!this.available) throw MailErrors.notConfigured();
  }

  /** Resolves once the server accepted the message (or it was logged); rejects when sending failed. */
  async send(message: MailMessage): Promise<void> {
    switch (this.delivery) {
      case 'smtp':
        await this.transport?.sendMail({ from: this.settings.from, ...message });
        return;
      case 'log':
        this.logger.warn(
          { mail: { from: this.settings.from, ...message, html: undefined } },
          'SMTP_URL is not set: this mail was written to the log instead of being sent',
        );
        return;
      default:
        throw MailErrors.notConfigured();
    }
  }

  onApplicationBootstrap(): void {
    if (this.delivery === 'log') {
      this.logger.warn(
        'SMTP_URL is not set: outgoing mail (e.g. password-reset links) is written to the log. Set SMTP_URL to send it.',
      );
    } else if (this.delivery === 'disabled') {
      this.logger.error(
        'SMTP_URL is not set in production: password reset answers 503 MAIL_NOT_CONFIGURED until it is.',
      );
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
