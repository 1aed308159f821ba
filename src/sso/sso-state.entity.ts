import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampColumn, uuidColumn } from '../database/column-types';

/**
 * A sign-in in progress at a provider (10 minutes, single use). Only the
 * SHA-256 of `state` and of the nonce are stored; the nonce and the PKCE
 * verifier are derived from the state with a server key (sso-secrets.ts),
 * so nothing here lets a reader of the table finish someone's sign-in.
 */
@Entity({ name: 'sso_states' })
@Index('UQ_sso_states_state_hash', ['state_hash'], { unique: true })
@Index('IDX_sso_states_expires_at', ['expires_at'])
export class SsoStateEntity {
  @PrimaryColumn(uuidColumn)
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  state_hash!: string;

  @Column({ type: 'varchar', length: 64 })
  nonce_hash!: string;

  @Column({ type: 'varchar', length: 32 })
  provider!: string;

  /** Allow-listed when stored: where the result (or an error) is sent. */
  @Column({ type: 'varchar', length: 2048 })
  redirect_uri!: string;

  @Column(timestampColumn)
  created_at!: Date;

  @Column(timestampColumn)
  expires_at!: Date;
}
