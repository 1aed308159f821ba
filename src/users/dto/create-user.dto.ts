import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { NewAccountDto } from './account-fields.dto';

/** `POST /users` (admin): a new account, optionally an admin or inactive. */
export class CreateUserDto extends NewAccountDto {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  is_admin?: boolean;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;
}
