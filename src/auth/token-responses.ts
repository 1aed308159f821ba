import { parseScopes } from '../common/auth/token-scopes';
import type { IssuedPersonalToken } from '../tokens/personal-tokens.service';
import type { TokenEntity } from '../tokens/token.entity';
import type { CreatedPersonalTokenDto, PersonalTokenResponseDto } from './dto/personal-token.dto';
import type { SessionResponseDto } from './dto/session-response.dto';

/**
 * The only ways token rows leave the API: explicit allow-lists, so a hash
 * (or any column added later) cannot leak by accident.
 */

/** A session, described by its live refresh link. */
export function toSessionResponse(
  row: TokenEntity,
  currentSessionId: string | null,
): SessionResponseDto {
  const id = row.session_id as string;
  return {
    id,
    created_at: (row.session_started_at ?? row.created_at).toISOString(),
    last_used_at: (row.last_used_at ?? row.created_at).toISOString(),
    user_agent: row.user_agent,
    ip: row.ip,
    current: id === currentSessionId,
  };
}

export function toPersonalTokenResponse(row: TokenEntity): PersonalTokenResponseDto {
  return {
    id: row.id,
    name: row.name ?? '',
    scopes: parseScopes(row.scopes),
    created_at: row.created_at.toISOString(),
    expires_at: row.expires_at?.toISOString() ?? null,
    last_used_at: row.last_used_at?.toISOString() ?? null,
  };
}

export function toCreatedPersonalToken(issued: IssuedPersonalToken): CreatedPersonalTokenDto {
  return {
    id: issued.row.id,
    name: issued.row.name ?? '',
    scopes: parseScopes(issued.row.scopes),
    token: issued.token,
    created_at: issued.row.created_at.toISOString(),
    expires_at: issued.row.expires_at?.toISOString() ?? null,
  };
}
