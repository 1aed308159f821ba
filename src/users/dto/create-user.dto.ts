import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { EmailField, PasswordField, UsernameField } from './user-fields';

/** `POST /users` (admin). */
export class CreateUserDto {
  @UsernameField({ required: true })
  username!: string;

  @EmailField({ required: true })
  email!: string;

  @PasswordField({ required: true })
  password!: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  is_admin?: boolean;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;
}
