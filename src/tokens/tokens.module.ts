import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokensService } from './access-tokens.service';
import { SessionsService } from './sessions.service';
import { TokensRepository } from './tokens.repository';

/**
 * Everything stored in `tokens` (hashed refresh, reset and personal access
 * tokens) and the access JWTs that name a session. Knows nothing of HTTP.
 */
@Module({
  imports: [JwtModule.register({})],
  providers: [TokensRepository, SessionsService, AccessTokensService],
  exports: [SessionsService, AccessTokensService],
})
export class TokensModule {}
