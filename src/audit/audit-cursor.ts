import { AppException } from '../common/errors/app.exception';
import type { AuditPosition } from './audit-events.repository';

/**
 * The opaque `cursor` of `GET /audit-events`: the position of the last event
 * on the previous page (its time and chain position), base64url JSON.
 */
export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(
    JSON.stringify({ t: position.occurredAt.toISOString(), s: position.seq }),
  ).toString('base64url');
}

export function invalidCursor(): AppException {
  return new AppException(
    400,
    'INVALID_CURSOR',
    'The cursor is malformed; use a next_cursor as given.',
  );
}

export function decodeAuditCursor(cursor: string): AuditPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const { t, s } = (parsed ?? {}) as { t?: unknown; s?: unknown };
  const occurredAt = typeof t === 'string' ? new Date(t) : new Date(Number.NaN);
  if (
    Number.isNaN(occurredAt.getTime()) ||
    typeof s !== 'number' ||
    !Number.isSafeInteger(s) ||
    s < 1
  ) {
    throw invalidCursor();
  }
  return { occurredAt, seq: s };
}
