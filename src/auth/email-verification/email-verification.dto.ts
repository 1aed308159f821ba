import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NoControlCharacters } from '../../common/validation/string-rules';

/** `POST /auth/verify-email`. */
export class VerifyEmailDto {
  @ApiProperty({
    description: 'The `token` parameter of the emailed link.',
    example: 'Vr4Xw2mR9tB4vN8cK1pL6sD3fG5hZ0aE2uY7iO9qW4e',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  @NoControlCharacters()
  token!: string;
}

/** What `POST /auth/resend-verification` always answers, verified or not. */
export class VerificationRequestedDto {
  @ApiProperty({ enum: ['accepted'], example: 'accepted' })
  status!: 'accepted';

  @ApiProperty({
    example: 'If your email address is not verified yet, a new link has been sent to it.',
  })
  detail!: string;
}
