/**
 * How many uploads each user has in progress on this instance, bounded
 * (MAX_CONCURRENT_UPLOADS_PER_USER): without a total time limit on uploads,
 * one account must not be able to hold any number of connections open.
 */
export class UploadSlots {
  private readonly inProgress = new Map<string, number>();

  constructor(private readonly perUser: number) {}

  /** Takes a slot, or returns undefined when the user has none left; call the release once. */
  take(userId: string): (() => void) | undefined {
    const taken = this.inProgress.get(userId) ?? 0;
    if (taken >= this.perUser) return undefined;
    this.inProgress.set(userId, taken + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inProgress.get(userId) ?? 1) - 1;
      if (left > 0) this.inProgress.set(userId, left);
      else this.inProgress.delete(userId);
    };
  }
}
