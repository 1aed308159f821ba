import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NoControlCharacters } from '../../common/validation/string-rules';
import { EmailField, PasswordField } from '../../users/dto/user-fields';

/** `POST /auth/request-password-reset`. */
export class RequestPasswordResetDto {
  @EmailField({ required: true })
  email!: string;
}

/** `POST /auth/reset-password`. */
export class ResetPasswordDto {
  @ApiProperty({
    description: 'The `token` parameter of the emailed link.',
    example: 'Jq7Xw2mR9tB4vN8cK1pL6sD3fG5hZ0aE2uY7iO9qW4e',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  @NoControlCharacters()
  token!: string;

  @PasswordField({ required: true })
  new_password!: string;
}

/** What `POST /auth/request-password-reset` always answers, whether or not the account exists. */
export class PasswordResetRequestedDto {
  @ApiProperty({ enum: ['accepted'], example: 'accepted' })
  status!: 'accepted';

  @ApiProperty({
    example: 'If an account with that email exists, a reset link has been sent to it.',
  })
  detail!: string;
}
