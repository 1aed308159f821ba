import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '../../common/validation/optional';
import { ListQueryDto, PageOf } from '../../common/pagination/pagination.dto';
import { Trim } from '../../common/validation/trim';
import { NoControlCharacters } from '../../common/validation/string-rules';

/** `POST /tokens`. */
export class CreatePersonalTokenDto {
  @ApiProperty({
    example: 'CI upload script',
    maxLength: 100,
    description: 'A label for you; need not be unique. Surrounding spaces are ignored.',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NoControlCharacters()
  name!: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    example: 90,
    description:
      'Days until the token expires, from 1 to PAT_MAX_EXPIRY_DAYS (default 365). Omit for a token that does not expire.',
  })
  @Optional()
  @IsInt()
  @Min(1)
  // The configured maximum is checked by the service; this only bounds the number.
  @Max(36_500)
  expires_in_days?: number;
}

export const PERSONAL_TOKEN_SORT_FIELDS = ['created_at', 'last_used_at', 'name'] as const;

/** `GET /tokens`: offset/limit plus ordering. */
export class ListPersonalTokensQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: PERSONAL_TOKEN_SORT_FIELDS, default: 'created_at' })
  @Optional()
  @IsIn(PERSONAL_TOKEN_SORT_FIELDS)
  sort: (typeof PERSONAL_TOKEN_SORT_FIELDS)[number] = 'created_at';
}

/** A personal access token as listed: never its value. */
export class PersonalTokenResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'CI upload script' })
  name!: string;

  @ApiProperty({ format: 'date-time' })
  created_at!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null: never expires. A past instant: expired (refused), until purged.',
  })
  expires_at!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Last authenticated request (recorded at most once a minute); null if never used.',
  })
  last_used_at!: string | null;
}

/** `POST /tokens` answer: the only time the value is shown. */
export class CreatedPersonalTokenDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'CI upload script' })
  name!: string;

  @ApiProperty({
    example: 'rvp_k2fQ0d3V9sXj4yX7m3n1b6v8c2z5a0s9d8f7g6h5j4k',
    description:
      'The token: send it as `Authorization: Bearer <token>` or `X-API-Key: <token>`. Shown this once; store it now.',
  })
  token!: string;

  @ApiProperty({ format: 'date-time' })
  created_at!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expires_at!: string | null;
}

export class PersonalTokensPageDto extends PageOf(PersonalTokenResponseDto) {}
