import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination/pagination.dto';

export class UserResponseDto {
  @ApiProperty({ format: 'uuid', example: '3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60' })
  id!: string;

  @ApiProperty({ example: 'ada.lovelace', description: 'As registered; unique ignoring case.' })
  username!: string;

  @ApiProperty({ example: 'ada@example.org', description: 'Trimmed and lower-cased.' })
  email!: string;

  @ApiProperty({ example: true })
  is_active!: boolean;

  @ApiProperty({ example: false })
  is_admin!: boolean;

  @ApiProperty({
    example: true,
    description:
      'The owner opened a verification link sent to this address. Changing the email clears it.',
  })
  email_verified!: boolean;

  @ApiProperty({
    example: false,
    description: 'A second factor (TOTP) is active: signing in asks for a code.',
  })
  mfa_enabled!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-11-27T10:00:00.000Z' })
  created_at!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-27T10:00:00.000Z' })
  updated_at!: string;
}

export class UsersPageDto extends PageOf(UserResponseDto) {}
