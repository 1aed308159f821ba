import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefreshTokenDto {
  @ApiProperty({
    example: 'k2fQ0d3V9sXj4yX7m3n1b6v8c2z5a0s9d8f7g6h5j4k',
    description: 'The refresh token from the last sign-in or refresh.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  refresh_token!: string;
}
