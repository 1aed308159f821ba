import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsDate, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional';
import { PaginationQueryDto, SortOrderDto } from '../../common/pagination/pagination.dto';
import { ToIsoDate } from '../../common/pagination/query-transforms';
import { Trim } from '../../common/validation/trim';
import { NoControlCharacters } from '../../common/validation/string-rules';

export const FILE_SORT_FIELDS = ['uploaded_at', 'filename', 'size'] as const;
export type FileSortField = (typeof FILE_SORT_FIELDS)[number];

/** Filters and ordering shared by `GET /files` and `GET /files/export`. */
export class FileFiltersDto extends SortOrderDto {
  @ApiPropertyOptional({
    description: 'Filename contains this text (ignoring case).',
    maxLength: 255,
  })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  q?: string;

  // No example: Swagger UI would pre-fill it and the list would look filtered.
  @ApiPropertyOptional({ description: 'Exact content type, e.g. `application/pdf`.' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(127)
  @Matches(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, {
    message: 'content_type must be a MIME type',
  })
  content_type?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins: only this user’s files. Others only ever see their own.',
  })
  @Optional()
  @IsUUID('4')
  owner_id?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Uploaded at or after this instant (ISO-8601).',
  })
  @Optional()
  @ToIsoDate()
  @IsDate({ message: 'uploaded_after must be an ISO-8601 date-time' })
  uploaded_after?: Date;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Uploaded before this instant (ISO-8601).',
  })
  @Optional()
  @ToIsoDate()
  @IsDate({ message: 'uploaded_before must be an ISO-8601 date-time' })
  uploaded_before?: Date;

  @ApiPropertyOptional({ enum: FILE_SORT_FIELDS, default: 'uploaded_at' })
  @Optional()
  @IsIn(FILE_SORT_FIELDS)
  sort: FileSortField = 'uploaded_at';
}

/** `GET /files`: the filters plus offset/limit/cursor/count. */
export class ListFilesQueryDto extends IntersectionType(FileFiltersDto, PaginationQueryDto) {}
