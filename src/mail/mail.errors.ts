import { AppException } from '../common/errors/app.exception';

export const MailErrors = {
  /**
   * Production without SMTP_URL: features that must send mail refuse rather
   * than pretend. Decided from configuration alone, so it says nothing about
   * any account.
   */
  notConfigured: () =>
    new AppException(
      503,
      'MAIL_NOT_CONFIGURED',
      'Outgoing mail is not configured on this server, so this cannot be done by email. Contact an administrator.',
    ),
};
