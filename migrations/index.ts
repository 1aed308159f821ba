import type { MigrationInterface } from 'typeorm';
import { CreateUsersFilesTokens1795752000000 } from './1795752000000-CreateUsersFilesTokens';
import { AddStorageIdentity1796083200000 } from './1796083200000-AddStorageIdentity';
import { CanonicalEmailDomains1796200000000 } from './1796200000000-CanonicalEmailDomains';
import { AddListIndexes1796500000000 } from './1796500000000-AddListIndexes';
import { AddTextSearch1796500100000 } from './1796500100000-AddTextSearch';
import { CreateAuditEvents1797000000000 } from './1797000000000-CreateAuditEvents';
import { CreateSsoTables1797100000000 } from './1797100000000-CreateSsoTables';
import { AddTokenScopesAndExternalId1797200000000 } from './1797200000000-AddTokenScopesAndExternalId';
import { AddScimUserName1797250000000 } from './1797250000000-AddScimUserName';
import { AddEmailVerificationAndMfa1797300000000 } from './1797300000000-AddEmailVerificationAndMfa';
import { AddJobLeases1797400000000 } from './1797400000000-AddJobLeases';

/**
 * Every migration, oldest first. Listed explicitly (no globs) so the app, the
 * TypeORM CLI and Jest run exactly the same files. `npm run migration:generate
 * -- migrations/<Name>` writes a new file; add it here.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  CreateUsersFilesTokens1795752000000,
  AddStorageIdentity1796083200000,
  CanonicalEmailDomains1796200000000,
  AddListIndexes1796500000000,
  AddTextSearch1796500100000,
  CreateAuditEvents1797000000000,
  CreateSsoTables1797100000000,
  AddTokenScopesAndExternalId1797200000000,
  AddScimUserName1797250000000,
  AddEmailVerificationAndMfa1797300000000,
  AddJobLeases1797400000000,
];
