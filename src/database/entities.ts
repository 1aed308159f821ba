import { AuditChainEntity } from '../audit/audit-chain.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { EmailVerificationEntity } from '../auth/email-verification/email-verification.entity';
import { FileEntity } from '../files/file.entity';
import { JobLeaseEntity } from '../files/files-janitor-lease.entity';
import { StorageIdentityEntity } from '../files/storage-identity.entity';
import { MfaChallengeEntity, MfaRecoveryCodeEntity, UserMfaEntity } from '../mfa/mfa.entities';
import { SsoCodeEntity } from '../sso/sso-code.entity';
import { SsoStateEntity } from '../sso/sso-state.entity';
import { UserIdentityEntity } from '../sso/user-identity.entity';
import { TokenEntity } from '../tokens/token.entity';
import { UserEntity } from '../users/user.entity';

/** Listed explicitly (no globs) so the app, the migration CLI and Jest load the same classes. */
export const ENTITIES = [
  UserEntity,
  FileEntity,
  TokenEntity,
  StorageIdentityEntity,
  AuditEventEntity,
  AuditChainEntity,
  UserIdentityEntity,
  SsoStateEntity,
  SsoCodeEntity,
  EmailVerificationEntity,
  UserMfaEntity,
  MfaRecoveryCodeEntity,
  MfaChallengeEntity,
  JobLeaseEntity,
];
