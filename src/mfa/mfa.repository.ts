import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Database } from '../database/database.service';
import { MfaChallengeEntity, MfaRecoveryCodeEntity, UserMfaEntity } from './mfa.entities';

/** Named queries on `user_mfa`, `mfa_recovery_codes` and `mfa_challenges`. */
@Injectable()
export class MfaRepository {
  constructor(private readonly db: Database) {}

  findByUser(userId: string): Promise<UserMfaEntity | null> {
    return this.db.run((m) => m.getRepository(UserMfaEntity).findOneBy({ user_id: userId }));
  }

  countEnabled(): Promise<number> {
    return this.db.run((m) =>
      m
        .getRepository(UserMfaEntity)
        .createQueryBuilder('mfa')
        .where('mfa.enabled_at IS NOT NULL')
        .getCount(),
    );
  }

  /** A new enrollment replaces an unfinished one. */
  async replacePending(row: UserMfaEntity): Promise<void> {
    await this.db.run(async (m) => {
      await m.getRepository(UserMfaEntity).delete({ user_id: row.user_id });
      await this.insert(m, UserMfaEntity, row);
    });
  }

  /** Activation (compare-and-set: only a still-pending enrollment). */
  async activate(userId: string, step: number, now: Date): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(UserMfaEntity)
        .set({ enabled_at: now, last_used_step: step })
        .where('user_id = :userId AND enabled_at IS NULL', { userId })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Records a used step unless the same or a later one already was (two uses of one code: one wins). */
  async useStep(userId: string, step: number): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(UserMfaEntity)
        .set({ last_used_step: step })
        .where('user_id = :userId AND (last_used_step IS NULL OR last_used_step < :step)', {
          userId,
          step,
        })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Everything of the user's second factor: secret, recovery codes, pending sign-ins. */
  async removeAll(userId: string): Promise<boolean> {
    return this.db.run(async (m) => {
      await m.getRepository(MfaRecoveryCodeEntity).delete({ user_id: userId });
      await m.getRepository(MfaChallengeEntity).delete({ user_id: userId });
      const result = await m.getRepository(UserMfaEntity).delete({ user_id: userId });
      return (result.affected ?? 0) > 0;
    });
  }

  async replaceRecoveryCodes(userId: string, rows: MfaRecoveryCodeEntity[]): Promise<void> {
    await this.db.run(async (m) => {
      await m.getRepository(MfaRecoveryCodeEntity).delete({ user_id: userId });
      await this.insert(m, MfaRecoveryCodeEntity, rows);
    });
  }

  /** Uses a recovery code (compare-and-set): true for exactly one use. */
  async useRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(MfaRecoveryCodeEntity)
        .set({ used_at: now })
        .where('user_id = :userId AND code_hash = :codeHash AND used_at IS NULL', {
          userId,
          codeHash,
        })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  async insertChallenge(row: MfaChallengeEntity): Promise<void> {
    await this.db.run((m) => this.insert(m, MfaChallengeEntity, row));
  }

  findChallenge(tokenHash: string): Promise<MfaChallengeEntity | null> {
    return this.db.run((m) =>
      m.getRepository(MfaChallengeEntity).findOneBy({ token_hash: tokenHash }),
    );
  }

  /** Counts a wrong code; the challenge ends at `maxAttempts`. Returns the attempts so far. */
  async countFailure(id: string, maxAttempts: number, now: Date): Promise<number> {
    return this.db.run(async (m) => {
      await m
        .createQueryBuilder()
        .update(MfaChallengeEntity)
        .set({ failed_attempts: () => 'failed_attempts + 1' })
        .where('id = :id', { id })
        .execute();
      await m
        .createQueryBuilder()
        .update(MfaChallengeEntity)
        .set({ ended_at: now })
        .where('id = :id AND ended_at IS NULL AND failed_attempts >= :maxAttempts', {
          id,
          maxAttempts,
        })
        .execute();
      const row = await m.getRepository(MfaChallengeEntity).findOneBy({ id });
      return row?.failed_attempts ?? maxAttempts;
    });
  }

  /** Ends a challenge that was answered (compare-and-set: one sign-in per mfa_token). */
  async endChallenge(id: string, now: Date): Promise<boolean> {
    const result = await this.db.run((m) =>
      m
        .createQueryBuilder()
        .update(MfaChallengeEntity)
        .set({ ended_at: now })
        .where('id = :id AND ended_at IS NULL AND expires_at > :now', { id, now })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  private async insert<T extends object>(
    manager: EntityManager,
    entity: new () => T,
    values: T | T[],
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(values)
      .updateEntity(false)
      .execute();
  }
}
