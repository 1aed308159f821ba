import { ApiProperty } from '@nestjs/swagger';
import { UserResponseDto } from '../../users/dto/user-response.dto';

/** What register, login and refresh-token answer. */
export class AuthTokensDto {
  @ApiProperty({
    description: 'Short-lived JWT for `Authorization: Bearer …`.',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
  })
  access_token!: string;

  @ApiProperty({
    description: 'Opaque; exchange it at `/auth/refresh-token`. Each one works once.',
    example: 'k2fQ0d3V9sXj4yX7m3n1b6v8c2z5a0s9d8f7g6h5j4k',
  })
  refresh_token!: string;

  @ApiProperty({ enum: ['bearer'], example: 'bearer' })
  token_type!: 'bearer';

  @ApiProperty({
    type: 'integer',
    description: 'Seconds until the access token expires.',
    example: 900,
  })
  expires_in!: number;

  @ApiProperty({ type: UserResponseDto })
  user!: UserResponseDto;
}
