import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { IdentityChangesDto } from './account-fields.dto';
import { PasswordField } from './user-fields';

/** `PATCH /users/{id}` (admin). Omitted fields are left as they are. */
export class UpdateUserDto extends IdentityChangesDto {
  @IsOptional()
  @PasswordField({
    required: false,
    description: 'Sets a new password and ends all of the user’s sessions.',
  })
  password?: string;

  @ApiPropertyOptional({ description: 'Deactivating ends all of the user’s sessions.' })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  is_admin?: boolean;
}
