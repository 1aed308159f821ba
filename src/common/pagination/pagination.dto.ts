import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import type { Type as ClassType } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '../validation/optional';
import { MAX_CURSOR_LENGTH, SORT_ORDERS, type SortOrder } from './cursor';
import { ToBoolean } from './query-transforms';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/**
 * Deepest `offset` accepted. Skipping N rows costs reading N rows on every
 * database, so deep offsets are refused with a pointer to `cursor`, which
 * costs the same on every page.
 */
export const MAX_OFFSET = 10_000;
/**
 * `total` counts matches up to this many; past it the count stops and
 * `total_exact` is false (unless `count=true` asks for the exact count).
 */
export const TOTAL_COUNT_CAP = 10_000;
/**
 * The same with a text search (`q`): a common word matches a few percent of
 * the rows, and finding 10,000 of them means walking most of a large list.
 */
export const SEARCH_COUNT_CAP = 1_000;

/** `?limit=&cursor=`: paging by keyset cursor only (the audit log). */
export class CursorQueryDto {
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
    maxLength: MAX_CURSOR_LENGTH,
    pattern: '^[A-Za-z0-9_-]+$',
    description:
      'Continue after the last row of a previous page: its `next_cursor`, unchanged, with the same filters, `sort` and `order`. Pages by cursor never repeat or skip a row when rows are added or removed meanwhile, and cost the same however deep.',
  })
  @Optional()
  @IsString()
  @MaxLength(MAX_CURSOR_LENGTH)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a next_cursor value' })
  cursor?: string;
}

/** `?offset=&limit=&cursor=&count=`, shared by every list endpoint with a total. */
export class PaginationQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MAX_OFFSET,
    default: 0,
    description: `Number of matches to skip (at most ${MAX_OFFSET}; page further with \`cursor\`). Not combined with \`cursor\`.`,
  })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET, { message: `offset must not be greater than ${MAX_OFFSET}; use cursor` })
  offset: number = 0;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: `\`true\`: count all matches exactly, however many (slower on large lists). Otherwise \`total\` is exact up to ${TOTAL_COUNT_CAP} matches (${SEARCH_COUNT_CAP} with \`q\`).`,
  })
  @Optional()
  @ToBoolean()
  @IsBoolean()
  count?: boolean;
}

/** `?order=`; declared once, used by list queries and the exports that share their filters. */
export class SortOrderDto {
  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'desc' })
  @Optional()
  @IsIn(SORT_ORDERS)
  order: SortOrder = 'desc';
}

/** Paging and order for lists without filters of their own. */
export class ListQueryDto extends IntersectionType(PaginationQueryDto, SortOrderDto) {}

/** The counts and continuation every list response carries beside its `items`. */
export abstract class PageCountsDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 1,
    description: `Number of all matches, not only those on this page: exact when \`total_exact\` is true; otherwise the count stopped at ${TOTAL_COUNT_CAP} (${SEARCH_COUNT_CAP} with \`q\`) and there are at least that many (ask \`count=true\` for the exact number).`,
  })
  total!: number;

  @ApiProperty({
    example: true,
    description: `False when \`total\` is a lower bound (more than ${TOTAL_COUNT_CAP} matches, ${SEARCH_COUNT_CAP} with \`q\`, and no \`count=true\`).`,
  })
  total_exact!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, example: 0 })
  offset!: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, example: 20 })
  limit!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example:
      'WzEsWyIyMDI2LTExLTI3VDEwOjAwOjAwLjAwMFoiLCI3ZDFmMGIyYS0zYzRlLTRmNWEtOGI2Yy05ZDBlMWYyYTNiNGMiXSwiUXpXVjhmX2tMTTlzIl0',
    description:
      'Pass as `cursor` (with the same filters, `sort` and `order`) for the next page; null on the last page.',
  })
  next_cursor!: string | null;
}

/** A page of a list response: the matches in this window, the count of all matches and where to continue. */
export interface Page<T> {
  items: T[];
  total: number;
  total_exact: boolean;
  offset: number;
  limit: number;
  next_cursor: string | null;
}

/**
 * The response DTO of a list of `item`: `class FilesPageDto extends PageOf(FileResponseDto) {}`
 * (the subclass gives the schema its name).
 */
export function PageOf<T>(item: ClassType<T>): ClassType<PageCountsDto & { items: T[] }> {
  abstract class PageDto extends PageCountsDto {
    @ApiProperty({ type: [item] })
    items!: T[];
  }
  return PageDto as unknown as ClassType<PageCountsDto & { items: T[] }>;
}

/** Maps the items of a page, keeping its counts. */
export function mapPage<T, R>(page: Page<T>, map: (item: T) => R): Page<R> {
  return { ...page, items: page.items.map(map) };
}
