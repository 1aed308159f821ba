import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiListProblemResponses } from '../common/pagination/list-problem-responses';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { PersonalTokensService } from '../tokens/personal-tokens.service';
import { UUID_PARAM } from '../common/validation/uuid-param';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { TokenResponse } from './decorators/token-response.decorator';
import {
  CreatedPersonalTokenDto,
  CreatePersonalTokenDto,
  ListPersonalTokensQueryDto,
  PersonalTokensPageDto,
} from './dto/personal-token.dto';
import { toCreatedPersonalToken, toPersonalTokenResponse } from './token-responses';

/**
 * Personal access tokens for integrators (SPEC §5). The HTTP face lives
 * here, with the rest of authentication; the rules live in
 * PersonalTokensService (tokens module).
 */
@ApiTags('tokens')
@Controller('tokens')
export class PersonalTokensController {
  constructor(private readonly personalTokens: PersonalTokensService) {}

  @Post()
  @Auth({ session: true })
  @ApiOperation({
    summary: 'Create a personal access token',
    description:
      'Answers the token value (`rvp_…`) this once; only its hash is stored. It authenticates as you, as `Authorization: Bearer <token>` or `X-API-Key: <token>`, until you revoke it, it expires, or your account is deactivated or deleted. It cannot create tokens, change your password or email, or manage sessions. With `scopes` it can call only the routes that declare one of them (each route’s description and `x-required-scope` name its scope; others answer 403 `INSUFFICIENT_SCOPE`); without, it has your full access. Needs a signed-in session.',
  })
  @TokenResponse(201, CreatedPersonalTokenDto)
  @ApiProblemResponses(400, 413, 422)
  async createPersonalToken(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() body: CreatePersonalTokenDto,
  ): Promise<CreatedPersonalTokenDto> {
    const issued = await this.personalTokens.create(caller.user, {
      name: body.name,
      expiresInDays: body.expires_in_days,
      scopes: body.scopes,
    });
    return toCreatedPersonalToken(issued);
  }

  @Get()
  @Auth()
  @ApiOperation({
    summary: 'Your personal access tokens',
    description:
      'Every token of yours that is not revoked (expired ones too, until purged), never with its value. Newest first unless `sort`/`order` say otherwise. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (`total_exact`); `count=true` counts them all.',
  })
  @ApiOkResponse({ type: PersonalTokensPageDto })
  @ApiListProblemResponses()
  async listPersonalTokens(
    @CurrentUser() caller: AuthenticatedUser,
    @Query() query: ListPersonalTokensQueryDto,
  ): Promise<PersonalTokensPageDto> {
    const page = await this.personalTokens.list(caller.user.id, query);
    return { ...page, items: page.items.map(toPersonalTokenResponse) };
  }

  @Delete(':id')
  @Auth()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke a personal access token',
    description:
      'It is refused from the next request on. A token may revoke itself (e.g. when a script rotates its token).',
  })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID'] },
    {
      status: 404,
      codes: ['TOKEN_NOT_FOUND'],
      description: 'No unrevoked token of yours has that id (someone else’s is not found either).',
    },
  )
  async revokePersonalToken(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<void> {
    await this.personalTokens.revoke(caller.user.id, id);
  }
}
