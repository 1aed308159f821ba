import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Database } from '../database/database.service';
import { SsoCodeEntity } from './sso-code.entity';
import { SsoStateEntity } from './sso-state.entity';

/**
 * Sign-ins in progress (`sso_states`) and one-time codes (`sso_codes`).
 * Both are single use: `take*` deletes the row it returns, and of concurrent
 * takes of one row only the one whose delete removed it gets it.
 */
@Injectable()
export class SsoHandoffsRepository {
  constructor(private readonly db: Database) {}

  async insertState(row: SsoStateEntity): Promise<void> {
    await this.db.run((m) => m.getRepository(SsoStateEntity).insert(row));
  }

  async insertCode(row: SsoCodeEntity): Promise<void> {
    await this.db.run((m) => m.getRepository(SsoCodeEntity).insert(row));
  }

  /** The state row with this hash, removed so it cannot be used again; null if unknown or taken. */
  takeState(stateHash: string): Promise<SsoStateEntity | null> {
    return this.db.transaction(async (m) => {
      const repository = m.getRepository(SsoStateEntity);
      const row = await repository.findOneBy({ state_hash: stateHash });
      if (!row) return null;
      const deleted = await repository.delete({ id: row.id });
      return deleted.affected === 1 ? row : null;
    });
  }

  /** The code row with this hash, removed so it cannot be used again; null if unknown or taken. */
  takeCode(codeHash: string): Promise<SsoCodeEntity | null> {
    return this.db.transaction(async (m) => {
      const repository = m.getRepository(SsoCodeEntity);
      const row = await repository.findOneBy({ code_hash: codeHash });
      if (!row) return null;
      const deleted = await repository.delete({ id: row.id });
      return deleted.affected === 1 ? row : null;
    });
  }

  /** Removes states and codes that expired before `now` (never used). */
  async deleteExpired(now: Date): Promise<void> {
    await this.db.run(async (m) => {
      await m.getRepository(SsoStateEntity).delete({ expires_at: LessThan(now) });
      await m.getRepository(SsoCodeEntity).delete({ expires_at: LessThan(now) });
    });
  }
}
