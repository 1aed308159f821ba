import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SsoProviderDto {
  @ApiProperty({
    example: 'corp',
    description: 'The name in the sign-in URLs (`/auth/sso/{provider}/authorize`).',
  })
  name!: string;

  @ApiProperty({ example: 'Corporate sign-in', description: 'What a sign-in button shows.' })
  display_name!: string;
}

export class SsoAuthorizeQueryDto {
  @ApiProperty({
    example: 'https://app.example.org/sso/done',
    description:
      'Where the result is sent: exactly one of the URLs in SSO_REDIRECT_ALLOWLIST. It receives `code` (exchange it at `POST /auth/sso/exchange` within 60 seconds) or `error`.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  redirect_uri!: string;
}

export class SsoExchangeDto {
  @ApiProperty({
    example: 'q7Lm2X9vR4tY1uI8oP3aS6dF0gH5jK2lZ7xC4vB9nM1',
    description: 'The one-time `code` the client received at its redirect_uri (60 seconds, once).',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  code!: string;
}
