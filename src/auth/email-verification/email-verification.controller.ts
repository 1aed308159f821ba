import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { ApiProblemResponses } from '../../common/swagger/api-problem-responses.decorator';
import { AuthRateLimitGuard } from '../auth-rate-limit.guard';
import { VerificationRequestedDto, VerifyEmailDto } from './email-verification.dto';
import { EmailVerificationService } from './email-verification.service';

const VERIFICATION_REQUESTED: VerificationRequestedDto = {
  status: 'accepted',
  detail: 'If your email address is not verified yet, a new link has been sent to it.',
};

@ApiTags('auth')
@Controller('auth')
export class EmailVerificationController {
  constructor(private readonly verification: EmailVerificationService) {}

  @Post('verify-email')
  @Public()
  @HttpCode(204)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Verify your email address',
    description:
      'Takes the `token` of the emailed link (`EMAIL_VERIFICATION_URL?token=…`, valid `EMAIL_VERIFICATION_TTL_SECONDS`, single use). It verifies the address it was sent to, and only while the account still has that address. Rate-limited per client address.',
  })
  @ApiNoContentResponse({ description: 'The address is verified.' })
  @ApiProblemResponses(
    {
      status: 400,
      codes: ['INVALID_VERIFICATION_TOKEN', 'MALFORMED_JSON', 'BODY_TOO_DEEP'],
      description:
        'The token is malformed, unknown, expired or already used, or the account has another email now.',
    },
    413,
    422,
    { status: 429, codes: ['RATE_LIMITED'] },
  )
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.verification.verify(body.token);
  }

  @Post('resend-verification')
  @Auth({ unverifiedEmail: true })
  @HttpCode(202)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Email a new verification link',
    description:
      'For the signed-in account (no body). Always answers 202 with the same body; a link is mailed only when the address is not verified yet. Rate-limited per account and per client address.',
  })
  @ApiAcceptedResponse({ type: VerificationRequestedDto })
  @ApiProblemResponses(
    { status: 429, codes: ['RATE_LIMITED'] },
    {
      status: 503,
      codes: ['MAIL_NOT_CONFIGURED'],
      description: 'The server cannot send mail (production without SMTP_URL).',
    },
  )
  async resendVerification(
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<VerificationRequestedDto> {
    await this.verification.resend(caller.user.id);
    return VERIFICATION_REQUESTED;
  }
}
