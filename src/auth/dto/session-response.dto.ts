import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '../../common/validation/optional';
import { ListQueryDto, PageOf } from '../../common/pagination/pagination.dto';

export const SESSION_SORT_FIELDS = ['created_at', 'last_used_at'] as const;

/** `GET /auth/sessions`: offset/limit plus ordering. */
export class ListSessionsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: SESSION_SORT_FIELDS, default: 'last_used_at' })
  @Optional()
  @IsIn(SESSION_SORT_FIELDS)
  sort: (typeof SESSION_SORT_FIELDS)[number] = 'last_used_at';
}

/** One signed-in session (a login and its chain of refreshed tokens). */
export class SessionResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The session id (the `sid` of its access tokens).' })
  id!: string;

  @ApiProperty({ format: 'date-time', description: 'When the session began (sign-in).' })
  created_at!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Last refresh or authenticated request (recorded at most once a minute).',
  })
  last_used_at!: string;

  @ApiProperty({ type: String, nullable: true, description: 'User agent at the last refresh.' })
  user_agent!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Client address at the last refresh.' })
  ip!: string | null;

  @ApiProperty({ description: 'True for the session making this request.' })
  current!: boolean;
}

export class SessionsPageDto extends PageOf(SessionResponseDto) {}
