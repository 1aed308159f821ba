import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { AuthRateLimitGuard } from './auth-rate-limit.guard';
import { Public } from '../common/auth/public.decorator';
import {
  PasswordResetRequestedDto,
  RequestPasswordResetDto,
  ResetPasswordDto,
} from './dto/password-reset.dto';
import { PasswordResetService } from './password-reset.service';

const RATE_LIMITED = { status: 429, codes: ['RATE_LIMITED'] };

/** The one answer to every well-formed reset request, so it cannot tell accounts apart. */
const RESET_REQUESTED: PasswordResetRequestedDto = {
  status: 'accepted',
  detail: 'If an account with that email exists, a reset link has been sent to it.',
};

@ApiTags('auth')
@Controller('auth')
export class PasswordResetController {
  constructor(private readonly passwordReset: PasswordResetService) {}

  @Post('request-password-reset')
  @Public()
  @HttpCode(202)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Email a password-reset link',
    description:
      'Always answers 202 with the same body, at once, whether or not an active account has that email; the link (`PASSWORD_RESET_URL?token=…`, valid `PASSWORD_RESET_TTL_SECONDS`, single-use) is emailed afterwards. A newer request invalidates older links. Rate-limited per client address and per email.',
  })
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto })
  @ApiProblemResponses(400, 413, 422, RATE_LIMITED, {
    status: 503,
    codes: ['MAIL_NOT_CONFIGURED'],
    description: 'The server cannot send mail (production without SMTP_URL).',
  })
  requestPasswordReset(@Body() body: RequestPasswordResetDto): PasswordResetRequestedDto {
    this.passwordReset.request(body.email);
    return RESET_REQUESTED;
  }

  @Post('reset-password')
  @Public()
  @HttpCode(204)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Set a new password with a reset token',
    description:
      'Takes the `token` from the emailed link. The password rules apply (422 on `new_password`, and the token stays usable). On success every session of the user ends. Rate-limited per client address.',
  })
  @ApiNoContentResponse({ description: 'Password changed; sign in with it.' })
  @ApiProblemResponses(
    {
      status: 400,
      codes: ['INVALID_RESET_TOKEN', 'MALFORMED_JSON', 'BODY_TOO_DEEP'],
      description:
        'The token is malformed, unknown, expired, already used or superseded, or its account is deactivated.',
    },
    413,
    422,
    RATE_LIMITED,
  )
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.passwordReset.reset(body.token, body.new_password);
  }
}
