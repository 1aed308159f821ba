import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/**
 * Outgoing mail (SMTP via nodemailer, or the log in development). Knows
 * nothing of what the messages are about.
 */
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
