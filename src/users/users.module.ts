import { Module } from '@nestjs/common';
import { TokensModule } from '../tokens/tokens.module';
import { PasswordHasher } from './password-hasher';
import { UserDeletionHooks } from './user-deletion-hooks';
import { UserEmailChangeHooks } from './user-email-change-hooks';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** Users: accounts, passwords, the admin API. */
@Module({
  imports: [TokensModule],
  controllers: [UsersController],
  providers: [
    UsersRepository,
    UsersService,
    PasswordHasher,
    UserDeletionHooks,
    UserEmailChangeHooks,
  ],
  exports: [UsersService, UserDeletionHooks, UserEmailChangeHooks],
})
export class UsersModule {}
