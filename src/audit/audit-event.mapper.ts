import type { AuditEventEntity } from './audit-event.entity';
import type { AuditEventResponseDto } from './dto/audit-event-response.dto';

/** The event as the API shows it: never the chain hashes or the internal sequence. */
export function toAuditEventResponse(event: AuditEventEntity): AuditEventResponseDto {
  return {
    id: event.id,
    occurred_at: event.occurred_at.toISOString(),
    action: event.action,
    outcome: event.outcome,
    actor_id: event.actor_id,
    actor_type: event.actor_type,
    target_type: event.target_type,
    target_id: event.target_id,
    ip: event.ip,
    user_agent: event.user_agent,
    request_id: event.request_id,
    details: JSON.parse(event.details) as Record<string, unknown>,
  };
}
