import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ScimDiscoveryController } from './scim-discovery.controller';
import { ScimUsersController } from './scim-users.controller';
import { ScimUsersService } from './scim-users.service';

/**
 * SCIM 2.0 provisioning at /scim/v2 (SPEC §10): the HTTP face of the users
 * service for identity providers. Owns no table; every change goes through
 * UsersService. Authenticated by an admin's personal access token with the
 * `scim` scope (caller-policy.ts).
 */
@Module({
  imports: [UsersModule],
  controllers: [ScimDiscoveryController, ScimUsersController],
  providers: [ScimUsersService],
})
export class ScimModule {}
