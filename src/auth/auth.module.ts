import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { Request } from 'express';
import type Redis from 'ioredis';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { MailModule } from '../mail/mail.module';
import { MfaModule } from '../mfa/mfa.module';
import { REDIS_CLIENT } from '../redis/redis.module';
import { TokensModule } from '../tokens/tokens.module';
import { UsersModule } from '../users/users.module';
import {
  accountKeyOf,
  AuthRateLimitGuard,
  RATE_LIMIT_BY_ACCOUNT,
  RATE_LIMIT_BY_IP,
} from './auth-rate-limit.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { EmailVerificationController } from './email-verification/email-verification.controller';
import { EmailVerificationService } from './email-verification/email-verification.service';
import { EmailVerificationsRepository } from './email-verification/email-verifications.repository';
import { JwtStrategy } from './jwt.strategy';
import { MfaController, UserMfaController } from './mfa/mfa.controller';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { PersonalTokensController } from './personal-tokens.controller';
import { SessionsController } from './sessions.controller';

/**
 * The HTTP face of authentication: the global guard (access JWTs and personal
 * access tokens), the `/auth` routes (sign-in, sessions, password reset), the
 * `/tokens` routes for personal access tokens, and their rate limits.
 */
@Module({
  imports: [
    UsersModule,
    TokensModule,
    MailModule,
    MfaModule,
    PassportModule,
    ThrottlerModule.forRootAsync({
      inject: [authConfig.KEY, REDIS_CLIENT],
      useFactory: (settings: AuthSettings, redis: Redis | null) => {
        const window = {
          ttl: settings.rateWindowSeconds * 1000,
          limit: settings.rateLimit,
          // Past the limit a client waits out the window (also what the Redis storage supports).
          blockDuration: settings.rateWindowSeconds * 1000,
        };
        return {
          setHeaders: false,
          // With REDIS_URL the counters are shared by every instance; without, they live in this process.
          storage: redis ? new ThrottlerStorageRedisService(redis) : undefined,
          throttlers: [
            {
              name: RATE_LIMIT_BY_IP,
              ...window,
              getTracker: (request: Record<string, unknown>) =>
                (request as unknown as Request).ip ?? 'unknown',
            },
            {
              name: RATE_LIMIT_BY_ACCOUNT,
              ...window,
              // AuthRateLimitGuard resolves the account before the counters run.
              getTracker: (request: Record<string, unknown>) =>
                accountKeyOf(request as unknown as Request) ?? '',
              skipIf: (context) =>
                accountKeyOf(context.switchToHttp().getRequest<Request>()) === undefined,
            },
          ],
        };
      },
    }),
  ],
  controllers: [
    AuthController,
    SessionsController,
    PasswordResetController,
    PersonalTokensController,
    EmailVerificationController,
    MfaController,
    UserMfaController,
  ],
  providers: [
    AuthService,
    PasswordResetService,
    EmailVerificationService,
    EmailVerificationsRepository,
    JwtStrategy,
    AuthRateLimitGuard,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
  ],
  // Single sign-on (src/sso) ends in the same token body as login.
  exports: [AuthService],
})
export class AuthModule {}
