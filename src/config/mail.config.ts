import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { optionalUrlSetting, parseSettings, stringSetting } from './settings';

/** `addr@host` or `Display Name <addr@host>`: what an SMTP server accepts as a sender. */
const MAIL_FROM_PATTERN = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

export const mailSettingsSchema = z.object({
  SMTP_URL: optionalUrlSetting(['smtp', 'smtps']),
  MAIL_FROM: stringSetting('ReViewPoint <no-reply@localhost>').refine(
    (value) => MAIL_FROM_PATTERN.test(value),
    'must be an email address, optionally with a display name (e.g. ReViewPoint <no-reply@example.org>)',
  ),
});

export type MailSettings = {
  /**
   * smtp:// or smtps:// URL of the mail server; query options are passed to
   * nodemailer. Unset: outside production mail is written to the log; in
   * production mail features answer 503.
   */
  smtpUrl: string | undefined;
  from: string;
};

export function loadMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const parsed = parseSettings(mailSettingsSchema, env, ['SMTP_URL']);
  return { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM };
}

export const mailConfig = registerAs('mail', (): MailSettings => loadMailSettings());
