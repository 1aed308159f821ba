import { IsOptional } from 'class-validator';
import { EmailField, UsernameField } from '../../users/dto/user-fields';

/** `PATCH /auth/me`: only these two fields; anything else (`is_admin`, …) is 422. */
export class UpdateMeDto {
  @IsOptional()
  @UsernameField({ required: false })
  username?: string;

  @IsOptional()
  @EmailField({ required: false })
  email?: string;
}
