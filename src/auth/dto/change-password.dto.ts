import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NoControlCharacters } from '../../common/validation/string-rules';
import { PasswordField } from '../../users/dto/user-fields';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', example: 'correct horse battery staple' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  @NoControlCharacters()
  current_password!: string;

  @PasswordField({ required: true, example: 'a fresh passphrase for the new year' })
  new_password!: string;
}
