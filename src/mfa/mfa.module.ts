import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { MfaRepository } from './mfa.repository';
import { MfaService } from './mfa.service';

/** The second factor: TOTP secrets (encrypted), recovery codes, sign-in challenges. No HTTP. */
@Module({
  imports: [UsersModule],
  providers: [MfaRepository, MfaService],
  exports: [MfaService],
})
export class MfaModule {}
