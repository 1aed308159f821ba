import { AuditService } from '../audit/audit.service';
import { ApiListProblemResponses } from '../common/pagination/list-problem-responses';
import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { SessionsService } from '../tokens/sessions.service';
import { UUID_PARAM } from '../common/validation/uuid-param';
import { sessionOf, type AuthenticatedUser } from '../common/auth/authenticated-user';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ListSessionsQueryDto, SessionsPageDto } from './dto/session-response.dto';
import { toSessionResponse } from './token-responses';

/** The caller's own sign-in sessions. A personal access token cannot manage them. */
@ApiTags('auth')
@Auth({ session: true, unverifiedEmail: true })
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  @Get('sessions')
  @ApiOperation({
    summary: 'Your active sessions',
    description:
      'One entry per signed-in device or client; `current` marks the one making this request. Ordered by `last_used_at` (newest first) unless `sort`/`order` say otherwise. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (`total_exact`); `count=true` counts them all.',
  })
  @ApiOkResponse({ type: SessionsPageDto })
  @ApiListProblemResponses()
  async listSessions(
    @CurrentUser() caller: AuthenticatedUser,
    @Query() query: ListSessionsQueryDto,
  ): Promise<SessionsPageDto> {
    const currentSessionId = sessionOf(caller);
    const page = await this.sessions.listForUser(caller.user.id, query);
    return { ...page, items: page.items.map((row) => toSessionResponse(row, currentSessionId)) };
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'End one of your sessions',
    description:
      'Its access tokens are refused from the next request on and its refresh token is dead. Ending the current session is the same as logging out.',
  })
  @ApiNoContentResponse({ description: 'Session ended.' })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID'] },
    {
      status: 404,
      codes: ['SESSION_NOT_FOUND'],
      description: 'No active session of yours has that id (someone else’s is not found either).',
    },
  )
  async endSession(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<void> {
    await this.audit.withEvent(
      () => this.sessions.endOwn(caller.user.id, id),
      () => ({ action: 'session.revoked', target: { type: 'session', id } }),
    );
  }

  @Post('logout-all')
  @HttpCode(204)
  @ApiOperation({
    summary: 'End all your sessions',
    description:
      'Every session of yours ends, this one included. Personal access tokens are not affected (manage them under /tokens).',
  })
  @ApiNoContentResponse({ description: 'Signed out everywhere.' })
  @ApiProblemResponses(400)
  async logoutAll(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    await this.audit.withEvent(
      () => this.sessions.endAllForUser(caller.user.id, 'logout_all'),
      () => ({ action: 'user.logout_all', target: { type: 'user', id: caller.user.id } }),
    );
  }
}
