import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsDate, IsIn, IsUUID } from 'class-validator';
import { CursorQueryDto } from '../../common/pagination/pagination.dto';
import { ToIsoDate } from '../../common/pagination/query-transforms';
import { Optional } from '../../common/validation/optional';
import {
  AUDIT_ACTION_NAMES,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditOutcome,
} from '../audit-actions';

/** Filters shared by `GET /audit-events` and `GET /audit-events/export`. */
export class AuditEventFiltersDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTION_NAMES, enumName: 'AuditAction' })
  @Optional()
  @IsIn(AUDIT_ACTION_NAMES)
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid', description: 'The user who acted.' })
  @Optional()
  @IsUUID('all')
  actor_id?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The user, session, token or file acted on.',
  })
  @Optional()
  @IsUUID('all')
  target_id?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES })
  @Optional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({ format: 'date-time', description: 'Occurred at or after this instant.' })
  @Optional()
  @ToIsoDate()
  @IsDate({ message: 'since must be an ISO-8601 date-time' })
  since?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Occurred at or before this instant.' })
  @Optional()
  @ToIsoDate()
  @IsDate({ message: 'until must be an ISO-8601 date-time' })
  until?: Date;
}

/** `GET /audit-events`: the filters plus `limit` and `cursor`. */
export class ListAuditEventsQueryDto extends IntersectionType(
  AuditEventFiltersDto,
  CursorQueryDto,
) {}
