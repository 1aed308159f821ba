import { Injectable } from '@nestjs/common';

/**
 * Lets other modules take part in deleting a user without the users module
 * depending on them (the files module removes the user's stored bytes).
 *
 * `prepare` runs inside the deletion transaction, before the row goes (rows
 * that reference the user are removed by ON DELETE CASCADE). It returns the
 * clean-up to run after the transaction commits, for effects outside the
 * database.
 */
export interface UserDeletionHook {
  prepareUserDeletion(userId: string): Promise<() => Promise<void>>;
}

@Injectable()
export class UserDeletionHooks {
  private readonly hooks: UserDeletionHook[] = [];

  register(hook: UserDeletionHook): void {
    this.hooks.push(hook);
  }

  all(): readonly UserDeletionHook[] {
    return this.hooks;
  }
}
