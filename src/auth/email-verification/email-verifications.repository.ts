import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.service';
import { EmailVerificationEntity } from './email-verification.entity';

/** Named queries on `email_verifications`. */
@Injectable()
export class EmailVerificationsRepository {
  constructor(private readonly db: Database) {}

  async insert(row: EmailVerificationEntity): Promise<void> {
    await this.db.run((m) =>
      m
        .createQueryBuilder()
        .insert()
        .into(EmailVerificationEntity)
        .values(row)
        .updateEntity(false)
        .execute(),
    );
  }

  findByHash(tokenHash: string): Promise<EmailVerificationEntity | null> {
    return this.db.run((m) =>
      m.getRepository(EmailVerificationEntity).findOneBy({ token_hash: tokenHash }),
    );
  }

  /** Uses the link (compare-and-set): true for exactly one of any number of concurrent uses. */
  async claim(id: string, now: Date): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(EmailVerificationEntity)
        .set({ used_at: now })
        .where('id = :id AND used_at IS NULL AND expires_at > :now', { id, now })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }
}
