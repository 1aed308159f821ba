import { ApiProperty } from '@nestjs/swagger';

export class UserIdentityResponseDto {
  @ApiProperty({ format: 'uuid', example: '7a1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60' })
  id!: string;

  @ApiProperty({ example: 'corp', description: 'The provider’s name in OIDC_PROVIDERS.' })
  provider!: string;

  @ApiProperty({
    example: '248289761001',
    description: 'The provider’s `sub` for this person (unique at that provider only).',
  })
  subject!: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'ada@example.org',
    description: 'The email the provider asserted at the last sign-in.',
  })
  email!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-27T10:00:00.000Z' })
  created_at!: string;
}

export class UserIdentitiesDto {
  @ApiProperty({ type: [UserIdentityResponseDto] })
  items!: UserIdentityResponseDto[];
}
