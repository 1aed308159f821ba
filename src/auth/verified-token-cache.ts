/**
 * Access JWTs whose signature and claims were already checked, by their exact
 * text, so a client sending the same token again (every request for its 15
 * minutes) skips the HMAC, the base64 and JSON decoding and passport's
 * plumbing. Only the token's own, unchangeable facts are remembered: the
 * session and its owner are still read from the database on every request,
 * so logout, deactivation, demotion and deletion take effect at once.
 *
 * A token is forgotten at its `exp` (it is then verified afresh, and refused
 * as expired). Bounded: past `capacity` the oldest entry goes first, so the
 * memory is at most `capacity` tokens (~1 KiB each) whatever clients send;
 * only correctly signed tokens are ever added.
 */
export class VerifiedTokenCache<Claims extends { exp: number }> {
  private readonly entries = new Map<string, Claims>();

  constructor(
    private readonly capacity: number,
    private readonly nowSeconds: () => number = () => Date.now() / 1000,
  ) {}

  /** The claims of a token verified before and not yet expired. */
  get(token: string): Claims | undefined {
    const claims = this.entries.get(token);
    if (claims === undefined) return undefined;
    if (claims.exp <= this.nowSeconds()) {
      this.entries.delete(token);
      return undefined;
    }
    return claims;
  }

  /** Records a token that passed verification. */
  remember(token: string, claims: Claims): void {
    if (this.entries.has(token)) return;
    if (this.entries.size >= this.capacity) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    this.entries.set(token, claims);
  }

  get size(): number {
    return this.entries.size;
  }
}
