import type { AuthenticatedUser } from '../common/auth/authenticated-user';

/**
 * A credential identified as valid, before the caller policy has decided
 * whether its owner may call: who it is, and the token row whose
 * `last_used_at` is recorded once they are admitted.
 */
export interface IdentifiedCaller {
  caller: AuthenticatedUser;
  use: { tokenId: string; lastUsedAt: Date | null };
}
