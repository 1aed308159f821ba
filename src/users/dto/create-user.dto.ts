import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Optional } from '../../common/validation/optional';
import { NewAccountDto } from './account-fields.dto';

/** `POST /users` (admin): a new account, optionally an admin or inactive. */
export class CreateUserDto extends NewAccountDto {
  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  is_admin?: boolean;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  is_active?: boolean;
}
