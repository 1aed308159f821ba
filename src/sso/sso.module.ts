import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { OidcClients } from './oidc-clients';
import { SsoAccountsService } from './sso-accounts.service';
import { SsoHandoffsRepository } from './sso-handoffs.repository';
import { SsoController } from './sso.controller';
import { SsoService } from './sso.service';
import { UserIdentitiesController } from './user-identities.controller';
import { UserIdentitiesRepository } from './user-identities.repository';
import { UserIdentitiesService } from './user-identities.service';

/**
 * Single sign-on with OpenID Connect (SPEC §9, docs/sso.md): the relying
 * party (openid-client), `user_identities`, and the admin's view of them.
 * Sits above auth: it ends in auth's token body and never changes auth.
 */
@Module({
  imports: [UsersModule, AuthModule],
  controllers: [SsoController, UserIdentitiesController],
  providers: [
    OidcClients,
    SsoService,
    SsoAccountsService,
    SsoHandoffsRepository,
    UserIdentitiesRepository,
    UserIdentitiesService,
  ],
})
export class SsoModule {}
