import { Body, Controller, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
  ApiExtraModels,
} from '@nestjs/swagger';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { UserResponseDto } from '../users/dto/user-response.dto';
import { toUserResponse } from '../users/user.mapper';
import { AuthRateLimitGuard } from './auth-rate-limit.guard';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { Client, type ClientContext } from './client-context';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { TokenResponse } from './decorators/token-response.decorator';
import { AuthTokensDto } from './dto/auth-tokens.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { MfaRequiredDto, VERIFY_EXAMPLES, VerifyMfaDto } from './mfa/mfa.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { RegisterDto } from './dto/register.dto';
import { UpdateMeDto } from './dto/update-me.dto';

const RATE_LIMITED = { status: 429, codes: ['RATE_LIMITED'] };
const NOT_CONFIGURED_FOR_MFA = {
  status: 503,
  codes: ['MFA_NOT_CONFIGURED'],
  description: 'The server has no MFA_ENCRYPTION_KEY to check a code (recovery codes still work).',
};

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Create an account and sign in',
    description: 'Starts a session: answers an access token, a refresh token and the new user.',
  })
  @TokenResponse(201, AuthTokensDto)
  @ApiProblemResponses(
    400,
    { status: 409, codes: ['USERNAME_TAKEN', 'EMAIL_TAKEN'] },
    413,
    422,
    RATE_LIMITED,
  )
  register(@Body() body: RegisterDto, @Client() client: ClientContext): Promise<AuthTokensDto> {
    return this.auth.register(body, client);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'JSON `{username, password}` or `{email, password}`, or the OAuth2 password form (`username` may hold the email), which is what Swagger UI’s Authorize button sends.',
  })
  @ApiExtraModels(LoginDto)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({
    schema: { $ref: getSchemaPath(LoginDto) },
    // What "Try it out" sends: one identifier, none of the OAuth2 extras.
    examples: {
      username: {
        summary: 'With a username',
        value: { username: 'ada.lovelace', password: 'correct horse battery staple' },
      },
      email: {
        summary: 'With an email',
        value: { email: 'ada@example.org', password: 'correct horse battery staple' },
      },
    },
  })
  @TokenResponse(
    200,
    [AuthTokensDto, MfaRequiredDto],
    'Signed in: the tokens and the user. Or, for an account with two-factor authentication on, `{"mfa_required": true, "mfa_token", "expires_in"}` and no session yet: send the `mfa_token` with a code to `POST /auth/mfa/verify`.',
  )
  @ApiProblemResponses(
    400,
    {
      status: 401,
      codes: ['INVALID_CREDENTIALS'],
      description: 'Unknown account or wrong password (the same answer for both).',
    },
    {
      status: 403,
      codes: ['ACCOUNT_DISABLED'],
      description: 'Correct password, but the account is deactivated.',
    },
    422,
    RATE_LIMITED,
  )
  login(
    @Body() body: LoginDto,
    @Client() client: ClientContext,
  ): Promise<AuthTokensDto | MfaRequiredDto> {
    return this.auth.login(body, client);
  }

  @Post('mfa/verify')
  @Public()
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Finish signing in with a second factor',
    description:
      'The second step of a sign-in when `POST /auth/login` answered `mfa_required`: the `mfa_token` with the code the authenticator app shows (or one of the recovery codes). A code works once; five wrong codes end the `mfa_token` (sign in again). Rate-limited per account and per client address.',
  })
  @ApiBody({ type: VerifyMfaDto, examples: VERIFY_EXAMPLES })
  @TokenResponse(200, AuthTokensDto)
  @ApiProblemResponses(
    400,
    {
      status: 401,
      codes: ['INVALID_MFA_TOKEN', 'INVALID_MFA_CODE'],
      description:
        'The mfa_token is unknown, expired, used or ended; or the code is wrong, expired or already used.',
    },
    { status: 403, codes: ['ACCOUNT_DISABLED'] },
    422,
    RATE_LIMITED,
    NOT_CONFIGURED_FOR_MFA,
  )
  verifyMfa(@Body() body: VerifyMfaDto, @Client() client: ClientContext): Promise<AuthTokensDto> {
    return this.auth.verifyMfa(body, client);
  }

  @Post('refresh-token')
  @Public()
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Exchange a refresh token for new tokens',
    description:
      'Rotation: the presented refresh token stops working and a new access/refresh pair is issued. Presenting a refresh token that was already exchanged ends the whole session (`TOKEN_REUSED`).',
  })
  @TokenResponse(200, AuthTokensDto)
  @ApiProblemResponses(
    400,
    { status: 401, codes: ['TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_REVOKED', 'TOKEN_REUSED'] },
    { status: 403, codes: ['ACCOUNT_DISABLED'] },
    422,
    RATE_LIMITED,
  )
  refreshToken(
    @Body() body: RefreshTokenDto,
    @Client() client: ClientContext,
  ): Promise<AuthTokensDto> {
    return this.auth.refresh(body.refresh_token, client);
  }

  @Post('logout')
  @Auth({ session: true, unverifiedEmail: true })
  @HttpCode(204)
  @ApiOperation({
    summary: 'End this session',
    description:
      'Its access token is refused from the next request on and its refresh token is dead. Needs a signed-in session (not a personal access token).',
  })
  @ApiNoContentResponse({ description: 'Signed out.' })
  async logout(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    await this.auth.logout(caller);
  }

  @Get('me')
  @Auth({ scope: 'profile:read', unverifiedEmail: true })
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserResponseDto })
  getMe(@CurrentUser() caller: AuthenticatedUser): UserResponseDto {
    return toUserResponse(caller.user);
  }

  @Patch('me')
  @Auth({ session: true })
  @ApiOperation({
    summary: 'Change your username or email',
    description:
      'Only `username` and `email` are accepted. Needs a signed-in session: the email receives password-reset links, so a personal access token cannot change it.',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblemResponses(400, { status: 409, codes: ['USERNAME_TAKEN', 'EMAIL_TAKEN'] }, 422)
  async updateMe(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() body: UpdateMeDto,
  ): Promise<UserResponseDto> {
    return toUserResponse(await this.auth.updateMe(caller, body));
  }

  @Post('change-password')
  @Auth({ session: true })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your password',
    description:
      'Needs the current password and a signed-in session (not a personal access token). Every other session of yours ends; this one continues. Personal access tokens keep working.',
  })
  @ApiNoContentResponse({ description: 'Password changed.' })
  @ApiProblemResponses(400, {
    status: 422,
    codes: ['VALIDATION_FAILED', 'INVALID_CURRENT_PASSWORD'],
  })
  async changePassword(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(caller, body);
  }
}
