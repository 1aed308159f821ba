import { decodeCursor, encodeCursor, type CursorBinding } from '../common/pagination/cursor';
import type { AuditEventFilters, AuditPosition } from './audit-events.repository';

/**
 * The `cursor` of `GET /audit-events`: the position (time, chain position) of
 * the last event of the previous page, bound to the filters it was made for
 * (another query's cursor is a 400 `INVALID_CURSOR`).
 */
function bindingFor(filters: AuditEventFilters): CursorBinding {
  const { action, actor_id, target_id, outcome, since, until } = filters;
  return {
    list: 'audit-events',
    kinds: ['date', 'integer'],
    sort: 'occurred_at',
    order: 'desc',
    filters: { action, actor_id, target_id, outcome, since, until },
  };
}

export function encodeAuditCursor(filters: AuditEventFilters, position: AuditPosition): string {
  return encodeCursor(bindingFor(filters), [position.occurredAt, position.seq]);
}

export function decodeAuditCursor(filters: AuditEventFilters, cursor: string): AuditPosition {
  const [occurredAt, seq] = decodeCursor(bindingFor(filters), cursor);
  return { occurredAt: occurredAt as Date, seq: seq as number };
}
