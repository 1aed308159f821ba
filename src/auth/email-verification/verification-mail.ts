import type { MailMessage } from '../../mail/mail.service';
import { describeDuration } from '../reset-mail';

/** The link to verify an address: plain text, like the reset mail. */
export function verificationMail(input: {
  to: string;
  username: string;
  link: string;
  ttlSeconds: number;
}): MailMessage {
  return {
    to: input.to,
    subject: 'Verify your ReViewPoint email address',
    text: [
      `Hello ${input.username},`,
      '',
      'Please confirm that this address belongs to your ReViewPoint account.',
      `Open this link within ${describeDuration(input.ttlSeconds)}:`,
      '',
      input.link,
      '',
      'The link works once. If you did not create an account or change your email, ignore this email.',
      '',
    ].join('\n'),
  };
}

/** Sent to the old address when an account's email changes, so a hijack does not go unnoticed. */
export function emailChangedNotice(input: {
  to: string;
  username: string;
  newEmail: string;
}): MailMessage {
  return {
    to: input.to,
    subject: 'Your ReViewPoint email address was changed',
    text: [
      `Hello ${input.username},`,
      '',
      `The email address of your ReViewPoint account was changed to ${input.newEmail}.`,
      'Password-reset links and notices now go there.',
      '',
      'If you did not make this change, contact an administrator at once.',
      '',
    ].join('\n'),
  };
}
