import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokensService } from './access-tokens.service';
import { PersonalTokensService } from './personal-tokens.service';
import { ResetTokensService } from './reset-tokens.service';
import { SessionsService } from './sessions.service';
import { TokenPurgeService } from './token-purge.service';
import { TokenOwnersRepository } from './token-owners.repository';
import { TokensRepository } from './tokens.repository';

/**
 * Everything stored in `tokens` (hashed refresh, reset and personal access
 * tokens), the access JWTs that name a session, and the purge of dead rows.
 * Knows nothing of HTTP or mail.
 */
@Module({
  imports: [JwtModule.register({})],
  providers: [
    TokensRepository,
    TokenOwnersRepository,
    SessionsService,
    AccessTokensService,
    PersonalTokensService,
    ResetTokensService,
    TokenPurgeService,
  ],
  exports: [
    SessionsService,
    AccessTokensService,
    PersonalTokensService,
    ResetTokensService,
    TokenPurgeService,
  ],
})
export class TokensModule {}
