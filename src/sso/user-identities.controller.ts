import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../common/auth/auth.decorator';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { UUID_PARAM } from '../common/validation/uuid-param';
import { UserIdentitiesDto, type UserIdentityResponseDto } from './dto/user-identity.dto';
import type { UserIdentityEntity } from './user-identity.entity';
import { UserIdentitiesService } from './user-identities.service';

function toIdentityResponse(row: UserIdentityEntity): UserIdentityResponseDto {
  return {
    id: row.id,
    provider: row.provider,
    subject: row.subject,
    email: row.email,
    created_at: row.created_at.toISOString(),
  };
}

@ApiTags('users (admin)')
@Controller('users/:id/identities')
export class UserIdentitiesController {
  constructor(private readonly identities: UserIdentitiesService) {}

  @Get()
  @Auth({ admin: true, scope: 'users:read' })
  @ApiOperation({
    summary: 'List a user’s single sign-on identities',
    description: 'The provider accounts linked to the user, oldest first.',
  })
  @ApiOkResponse({ type: UserIdentitiesDto })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID'] },
    { status: 404, codes: ['USER_NOT_FOUND'] },
  )
  async listUserIdentities(@Param('id', UUID_PARAM) id: string): Promise<UserIdentitiesDto> {
    return { items: (await this.identities.list(id)).map(toIdentityResponse) };
  }

  @Delete(':identity_id')
  @Auth({ admin: true, scope: 'users:write' })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Unlink a single sign-on identity',
    description:
      'That provider account no longer signs in as this user; its next sign-in links again only through a verified email, or creates a new account.',
  })
  @ApiNoContentResponse({ description: 'Unlinked.' })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID'] },
    { status: 404, codes: ['USER_NOT_FOUND', 'IDENTITY_NOT_FOUND'] },
  )
  async unlinkUserIdentity(
    @Param('id', UUID_PARAM) id: string,
    @Param('identity_id', UUID_PARAM) identityId: string,
  ): Promise<void> {
    await this.identities.unlink(id, identityId);
  }
}
