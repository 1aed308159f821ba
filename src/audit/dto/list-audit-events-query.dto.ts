import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsString, IsUUID, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination/pagination.dto';
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

class CursorPageDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({
    description: 'The `next_cursor` of the previous page; omit for the newest events.',
  })
  @Optional()
  @IsString()
  cursor?: string;
}

/** `GET /audit-events`: the filters plus `limit` and `cursor`. */
export class ListAuditEventsQueryDto extends IntersectionType(
  AuditEventFiltersDto,
  CursorPageDto,
) {}
