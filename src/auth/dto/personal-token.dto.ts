import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TOKEN_SCOPE_NAMES, TOKEN_SCOPES, type TokenScope } from '../../common/auth/token-scopes';
import { Optional } from '../../common/validation/optional';
import { ListQueryDto, PageOf } from '../../common/pagination/pagination.dto';
import { Trim } from '../../common/validation/trim';
import { NoControlCharacters } from '../../common/validation/string-rules';

const SCOPES_DESCRIPTION = Object.entries(TOKEN_SCOPES)
  .map(([scope, meaning]) => `\`${scope}\` (${meaning.replace(/\.$/, '')})`)
  .join('; ')
  .concat('.');

const SCOPES_PROPERTY = {
  type: [String],
  enum: TOKEN_SCOPE_NAMES,
  enumName: 'TokenScope',
  nullable: true,
  example: ['files:read', 'files:write'],
  description: 'The scopes the token holds; null: your full access.',
} as const;

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

  @ApiPropertyOptional({
    type: [String],
    enum: TOKEN_SCOPE_NAMES,
    enumName: 'TokenScope',
    example: ['files:read', 'files:write'],
    description: `What the token may do: ${SCOPES_DESCRIPTION} Omit for a token with your full access (as tokens made before scopes have). At least one, no repeats. \`users:read\`, \`users:write\`, \`audit:read\` and \`scim\` only for administrators, and they stop working if you stop being one.`,
  })
  @Optional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(TOKEN_SCOPE_NAMES, { each: true })
  scopes?: TokenScope[];
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

  @ApiProperty(SCOPES_PROPERTY)
  scopes!: TokenScope[] | null;

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

  @ApiProperty(SCOPES_PROPERTY)
  scopes!: TokenScope[] | null;

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
