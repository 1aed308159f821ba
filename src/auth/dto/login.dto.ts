import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { NotNull, Optional } from '../../common/validation/optional';
import { Trim } from '../../common/validation/trim';
import { NoControlCharacters } from '../../common/validation/string-rules';

/**
 * `POST /auth/login`, as JSON (`{username, password}` or `{email, password}`)
 * or as the OAuth2 password form Swagger UI's Authorize button sends, where
 * `username` may hold an email and `grant_type`, `scope`, `client_id` and
 * `client_secret` may come along.
 */
export class LoginDto {
  @ApiPropertyOptional({
    example: 'ada.lovelace',
    description: 'Username, or an email. Give this or `email`.',
  })
  @ValidateIf((dto: LoginDto) => dto.email === undefined || dto.username !== undefined)
  @NotNull()
  @Trim()
  @IsString({ message: 'username or email is required' })
  @IsNotEmpty()
  @MaxLength(254)
  @NoControlCharacters()
  username?: string;

  @ApiPropertyOptional({
    example: 'ada@example.org',
    description: 'Email. Give this or `username`.',
  })
  @Optional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  @NoControlCharacters()
  email?: string;

  @ApiProperty({ example: 'correct horse battery staple', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  @NoControlCharacters()
  password!: string;

  @ApiPropertyOptional({ enum: ['password'], description: 'OAuth2 form only.' })
  @Optional()
  @IsIn(['password'])
  grant_type?: 'password';

  @ApiPropertyOptional({ description: 'OAuth2 form only; ignored.' })
  @Optional()
  @IsString()
  @MaxLength(1024)
  scope?: string;

  @ApiPropertyOptional({ description: 'OAuth2 form only; ignored.' })
  @Optional()
  @IsString()
  @MaxLength(256)
  client_id?: string;

  @ApiPropertyOptional({ description: 'OAuth2 form only; ignored.' })
  @Optional()
  @IsString()
  @MaxLength(256)
  client_secret?: string;
}
