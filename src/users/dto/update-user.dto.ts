import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Optional } from '../../common/validation/optional';
import { IdentityChangesDto } from './account-fields.dto';
import { PasswordField } from './user-fields';

/** `PATCH /users/{id}` (admin). Omitted fields are left as they are. */
export class UpdateUserDto extends IdentityChangesDto {
  @Optional()
  @PasswordField({
    required: false,
    description: 'Sets a new password and ends all of the user’s sessions.',
  })
  password?: string;

  @ApiPropertyOptional({ description: 'Deactivating ends all of the user’s sessions.' })
  @Optional()
  @IsBoolean()
  is_active?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  is_admin?: boolean;
}
