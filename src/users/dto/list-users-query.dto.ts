import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsDate, IsIn, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional';
import { PaginationQueryDto, SortOrderDto } from '../../common/pagination/pagination.dto';
import { ToBoolean, ToIsoDate } from '../../common/pagination/query-transforms';
import { Trim } from '../../common/validation/trim';
import { NoControlCharacters } from '../../common/validation/string-rules';

export const USER_SORT_FIELDS = ['created_at', 'username', 'email'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

/** Filters and ordering shared by `GET /users` and `GET /users/export`. */
export class UserFiltersDto extends SortOrderDto {
  @ApiPropertyOptional({
    description: 'Username or email contains this text (ignoring case).',
    maxLength: 100,
  })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(100)
  @NoControlCharacters()
  q?: string;

  @ApiPropertyOptional({ type: Boolean })
  @Optional()
  @ToBoolean()
  @IsBoolean()
  is_active?: boolean;

  @ApiPropertyOptional({ type: Boolean })
  @Optional()
  @ToBoolean()
  @IsBoolean()
  is_admin?: boolean;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Created at or after this instant (ISO-8601).',
  })
  @Optional()
  @ToIsoDate()
  @IsDate({ message: 'created_after must be an ISO-8601 date-time' })
  created_after?: Date;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Created before this instant (ISO-8601).',
  })
  @Optional()
  @ToIsoDate()
  @IsDate({ message: 'created_before must be an ISO-8601 date-time' })
  created_before?: Date;

  @ApiPropertyOptional({ enum: USER_SORT_FIELDS, default: 'created_at' })
  @Optional()
  @IsIn(USER_SORT_FIELDS)
  sort: UserSortField = 'created_at';
}

/** `GET /users`: the filters plus offset/limit/cursor/count. */
export class ListUsersQueryDto extends IntersectionType(UserFiltersDto, PaginationQueryDto) {}
