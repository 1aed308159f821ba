import type { MailMessage } from '../mail/mail.service';

/** "30 minutes", "1 hour", "2 hours": how long a link stays valid, as a person would say it. */
export function describeDuration(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) {
    const hours = seconds / 3600;
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** `PASSWORD_RESET_URL?token=<token>`, keeping any query the configured URL already has. */
export function resetLink(baseUrl: string, token: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

/** The password-reset email. Plain text: the link is the whole point, and it survives every client. */
export function resetMail(input: {
  to: string;
  username: string;
  link: string;
  ttlSeconds: number;
}): MailMessage {
  return {
    to: input.to,
    subject: 'Reset your ReViewPoint password',
    text: [
      `Hello ${input.username},`,
      '',
      'Someone (hopefully you) asked to reset the password of your ReViewPoint account.',
      `To choose a new password, open this link within ${describeDuration(input.ttlSeconds)}:`,
      '',
      input.link,
      '',
      'The link works once, and only the newest link you asked for works.',
      'If you did not ask for this, ignore this email: your password stays as it is.',
      '',
    ].join('\n'),
  };
}
