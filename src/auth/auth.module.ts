import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { authConfig, type AuthSettings } from '../config/auth.config';
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
import { JwtStrategy } from './jwt.strategy';

/**
 * The HTTP face of authentication: the global guard, the JWT strategy, the
 * `/auth` routes and their rate limits.
 */
@Module({
  imports: [
    UsersModule,
    TokensModule,
    PassportModule,
    ThrottlerModule.forRootAsync({
      inject: [authConfig.KEY],
      useFactory: (settings: AuthSettings) => {
        const window = {
          ttl: settings.rateWindowSeconds * 1000,
          limit: settings.rateLimit,
          blockDuration: 0,
        };
        return {
          setHeaders: false,
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
  controllers: [AuthController],
  providers: [
    AuthService,
    JwtStrategy,
    AuthRateLimitGuard,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
  ],
})
export class AuthModule {}
