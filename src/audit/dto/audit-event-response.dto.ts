import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_ACTION_NAMES,
  AUDIT_ACTOR_TYPES,
  AUDIT_OUTCOMES,
  AUDIT_TARGET_TYPES,
} from '../audit-actions';

export class AuditEventResponseDto {
  @ApiProperty({ format: 'uuid', example: '0b8f6a52-2a8e-4b1f-9a57-3f0f3c1d2e4a' })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T10:00:00.000Z' })
  occurred_at!: string;

  @ApiProperty({ enum: AUDIT_ACTION_NAMES, enumName: 'AuditAction', example: 'user.login_failed' })
  action!: string;

  @ApiProperty({ enum: AUDIT_OUTCOMES, example: 'failure' })
  outcome!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
    description:
      'The user who acted (for `token`, the token’s owner); null for `system` and `anonymous`.',
  })
  actor_id!: string | null;

  @ApiProperty({ enum: AUDIT_ACTOR_TYPES, example: 'anonymous' })
  actor_type!: string;

  @ApiProperty({ enum: AUDIT_TARGET_TYPES, nullable: true, example: 'user' })
  target_type!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60',
  })
  target_id!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  ip!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'curl/8.5.0' })
  user_agent!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60' })
  request_id!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { reason: 'INVALID_CREDENTIALS' },
    description:
      'Facts about the event (reason codes, changed field names, session or token ids, file names). Never a password, token value or hash.',
  })
  details!: Record<string, unknown>;
}

export class AuditEventsPageDto {
  @ApiProperty({ type: [AuditEventResponseDto] })
  items!: AuditEventResponseDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Pass as `cursor` for the next (older) page; null on the last page.',
  })
  next_cursor!: string | null;
}
