import { Body, Controller, Delete, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { ApiProblemResponses } from '../../common/swagger/api-problem-responses.decorator';
import { UUID_PARAM } from '../../common/validation/uuid-param';
import { MfaService } from '../../mfa/mfa.service';
import { AuthRateLimitGuard } from '../auth-rate-limit.guard';
import {
  ActivateTotpDto,
  DISABLE_EXAMPLES,
  DisableTotpDto,
  proofOf,
  RecoveryCodesDto,
  TotpEnrollmentDto,
} from './mfa.dto';

const RATE_LIMITED = { status: 429, codes: ['RATE_LIMITED'] };
const NOT_CONFIGURED = {
  status: 503,
  codes: ['MFA_NOT_CONFIGURED'],
  description: 'The server has no MFA_ENCRYPTION_KEY.',
};

/** Setting up and removing the second factor (SPEC §11); signing in with it is in AuthController. */
@ApiTags('auth')
@Controller('auth/mfa/totp')
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @Post('enroll')
  @Auth({ session: true })
  @HttpCode(201)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Start setting up an authenticator app',
    description:
      'Answers a new TOTP secret (SHA-1, 6 digits, 30 s), its `otpauth://` URI and that URI as a QR code (SVG). Nothing changes at sign-in until `POST /auth/mfa/totp/activate` confirms a first code; enrolling again replaces an unconfirmed secret.',
  })
  @ApiCreatedResponse({ type: TotpEnrollmentDto })
  @ApiProblemResponses(
    { status: 409, codes: ['MFA_ALREADY_ENABLED'] },
    RATE_LIMITED,
    NOT_CONFIGURED,
  )
  enrollTotp(@CurrentUser() caller: AuthenticatedUser): Promise<TotpEnrollmentDto> {
    return this.mfa.enroll(caller.user);
  }

  @Post('activate')
  @Auth({ session: true })
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Turn on two-factor authentication',
    description:
      'Confirms the enrolled secret with a code from the app. From now on signing in asks for a code. Answers 10 recovery codes, shown this once.',
  })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiProblemResponses(
    400,
    { status: 409, codes: ['MFA_NOT_ENROLLED', 'MFA_ALREADY_ENABLED'] },
    { status: 422, codes: ['VALIDATION_FAILED', 'INVALID_MFA_CODE'] },
    RATE_LIMITED,
    NOT_CONFIGURED,
  )
  async activateTotp(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() body: ActivateTotpDto,
  ): Promise<RecoveryCodesDto> {
    return { recovery_codes: await this.mfa.activate(caller.user.id, body.code) };
  }

  @Post('disable')
  @Auth({ session: true })
  @HttpCode(204)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Turn off two-factor authentication',
    description:
      'Needs your password and a current code, or one of your recovery codes instead of the code. The secret and all recovery codes are deleted.',
  })
  @ApiBody({ type: DisableTotpDto, examples: DISABLE_EXAMPLES })
  @ApiNoContentResponse({ description: 'Two-factor authentication is off.' })
  @ApiProblemResponses(
    400,
    { status: 409, codes: ['MFA_NOT_ENABLED'] },
    { status: 422, codes: ['VALIDATION_FAILED', 'INVALID_CURRENT_PASSWORD', 'INVALID_MFA_CODE'] },
    RATE_LIMITED,
    NOT_CONFIGURED,
  )
  async disableTotp(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() body: DisableTotpDto,
  ): Promise<void> {
    await this.mfa.disable(caller.user.id, body.password, proofOf(body));
  }
}

@ApiTags('users (admin)')
@Controller('users')
export class UserMfaController {
  constructor(private readonly mfa: MfaService) {}

  @Delete(':id/mfa')
  @Auth({ admin: true, scope: 'users:write' })
  @HttpCode(204)
  @ApiOperation({
    summary: "Remove a user's second factor",
    description:
      'For a user who lost their authenticator and their recovery codes: their TOTP secret, recovery codes and pending sign-ins are deleted, and they sign in with their password alone until they set it up again. Recorded in the audit log (`mfa.reset`). Answers 204 also when the user had none.',
  })
  @ApiNoContentResponse({ description: 'The user has no second factor now.' })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID'] },
    { status: 404, codes: ['USER_NOT_FOUND'] },
  )
  async resetUserMfa(@Param('id', UUID_PARAM) id: string): Promise<void> {
    await this.mfa.resetByAdmin(id);
  }
}
