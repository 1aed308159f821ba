import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { optionalUrlSetting, parseSettings, stringSetting } from './settings';

export const mailSettingsSchema = z.object({
  SMTP_URL: optionalUrlSetting(['smtp', 'smtps']),
  MAIL_FROM: stringSetting('ReViewPoint <no-reply@localhost>'),
});

export type MailSettings = {
  /** Unset: outside production mail is written to the log; in production mail features answer 503. */
  smtpUrl: string | undefined;
  from: string;
};

export function loadMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const parsed = parseSettings(mailSettingsSchema, env, ['SMTP_URL']);
  return { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM };
}

export const mailConfig = registerAs('mail', (): MailSettings => loadMailSettings());
