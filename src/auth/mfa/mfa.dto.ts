import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional';
import { NoControlCharacters } from '../../common/validation/string-rules';
import { validationFailed } from '../../common/validation/validation.pipe';
import type { MfaProof } from '../../mfa/mfa.service';

const CODE_EXAMPLE = '492039';
const RECOVERY_CODE_EXAMPLE = 'K7PQ2-XM4RT';
const MFA_TOKEN_EXAMPLE = 'Mf8Xw2mR9tB4vN8cK1pL6sD3fG5hZ0aE2uY7iO9qW4e';

/** What "Try it out" offers: a code, or a recovery code, never both. */
export const DISABLE_EXAMPLES = {
  code: {
    summary: 'With a code from the app',
    value: { password: 'correct horse battery staple', code: CODE_EXAMPLE },
  },
  recovery_code: {
    summary: 'With a recovery code',
    value: { password: 'correct horse battery staple', recovery_code: RECOVERY_CODE_EXAMPLE },
  },
};
export const VERIFY_EXAMPLES = {
  code: {
    summary: 'With a code from the app',
    value: { mfa_token: MFA_TOKEN_EXAMPLE, code: CODE_EXAMPLE },
  },
  recovery_code: {
    summary: 'With a recovery code',
    value: { mfa_token: MFA_TOKEN_EXAMPLE, recovery_code: RECOVERY_CODE_EXAMPLE },
  },
};

/** `code` (6 digits from the app) and `recovery_code`: exactly one of them. */
abstract class ProofDto implements MfaProof {
  @ApiProperty({
    required: false,
    description: 'The 6-digit code the authenticator app shows now. Give this or `recovery_code`.',
    example: CODE_EXAMPLE,
  })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  @NoControlCharacters()
  code?: string;

  @ApiProperty({
    required: false,
    description:
      'One of the recovery codes shown at activation, instead of `code` (each works once).',
    example: RECOVERY_CODE_EXAMPLE,
  })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  @NoControlCharacters()
  recovery_code?: string;
}

/** 422 unless exactly one of `code` and `recovery_code` was given. */
export function proofOf(body: MfaProof): MfaProof {
  if ((body.code === undefined) === (body.recovery_code === undefined))
    throw validationFailed([
      { field: 'code', message: 'give code or recovery_code (one of them)' },
    ]);
  return body.code === undefined ? { recovery_code: body.recovery_code } : { code: body.code };
}

/** `POST /auth/mfa/totp/activate`. */
export class ActivateTotpDto {
  @ApiProperty({ description: 'The code the app shows for the new secret.', example: CODE_EXAMPLE })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  @NoControlCharacters()
  code!: string;
}

/** `POST /auth/mfa/totp/disable`. */
export class DisableTotpDto extends ProofDto {
  @ApiProperty({ description: 'Your current password.', example: 'correct horse battery staple' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}

/** `POST /auth/mfa/verify`: the second step of a sign-in. */
export class VerifyMfaDto extends ProofDto {
  @ApiProperty({
    description: 'The `mfa_token` that `POST /auth/login` answered.',
    example: MFA_TOKEN_EXAMPLE,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  @NoControlCharacters()
  mfa_token!: string;
}

export class TotpEnrollmentDto {
  @ApiProperty({
    description: 'The secret (base32), for typing into the app by hand. Shown only now.',
    example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  })
  secret!: string;

  @ApiProperty({
    description: 'The same secret as an `otpauth://` URI, which the QR code holds.',
    example:
      'otpauth://totp/ReViewPoint:ada.lovelace?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ReViewPoint&algorithm=SHA1&digits=6&period=30',
  })
  otpauth_url!: string;

  @ApiProperty({
    description: 'The QR code of `otpauth_url`, as an SVG document, for the app to scan.',
    example: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37">…</svg>',
  })
  qr_svg!: string;
}

export class RecoveryCodesDto {
  @ApiProperty({
    type: [String],
    description:
      'Ten single-use codes that stand in for a TOTP code. Shown only now: keep them somewhere safe.',
    example: [RECOVERY_CODE_EXAMPLE, 'Q3ZHW-8NB2C'],
  })
  recovery_codes!: string[];
}

/** What `POST /auth/login` answers when the account has MFA on: no session yet. */
export class MfaRequiredDto {
  @ApiProperty({ enum: [true], example: true })
  mfa_required!: true;

  @ApiProperty({
    description: 'Send it with a code to `POST /auth/mfa/verify`. Works once.',
    example: MFA_TOKEN_EXAMPLE,
  })
  mfa_token!: string;

  @ApiProperty({
    type: 'integer',
    description: 'Seconds until the mfa_token expires (MFA_TOKEN_TTL_SECONDS).',
    example: 300,
  })
  expires_in!: number;
}
