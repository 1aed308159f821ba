import { randomUUID } from 'node:crypto';
import { TokenEntity } from './token.entity';
import { hashTokenValue } from './token-values';

export type TokenRowFields = Pick<TokenEntity, 'user_id' | 'type' | 'created_at' | 'expires_at'> &
  Partial<
    Pick<
      TokenEntity,
      'name' | 'scopes' | 'session_id' | 'session_started_at' | 'last_used_at' | 'user_agent' | 'ip'
    >
  >;

/** A new, live row for a token value: only the value's hash is kept; whatever is not given starts empty. */
export function newTokenRow(value: string, fields: TokenRowFields): TokenEntity {
  return Object.assign(new TokenEntity(), {
    id: randomUUID(),
    token: hashTokenValue(value),
    name: null,
    scopes: null,
    session_id: null,
    session_started_at: null,
    last_used_at: null,
    revoked_at: null,
    revoked_reason: null,
    user_agent: null,
    ip: null,
    ...fields,
  });
}
