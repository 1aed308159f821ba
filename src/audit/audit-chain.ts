import { createHash } from 'node:crypto';

/**
 * The tamper evidence of the audit log (SPEC §8), as pure functions:
 * `hash = sha256(previous hash + canonical content)`, and the walk that
 * checks a run of events against it.
 */

/** The "previous hash" of the very first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** A value that may appear in `details`: plain JSON, no undefined. */
export type AuditDetail =
  string | number | boolean | null | AuditDetail[] | { [key: string]: AuditDetail };

/** The columns an event's hash covers: everything but the hashes themselves. */
export interface ChainedContent {
  seq: number;
  id: string;
  occurred_at: Date;
  action: string;
  outcome: string;
  actor_id: string | null;
  actor_type: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  /** Canonical JSON text, as stored. */
  details: string;
}

export interface ChainedEvent extends ChainedContent {
  prev_hash: string;
  hash: string;
}

/** JSON with object keys sorted at every level, so equal details always give equal text. */
export function canonicalJson(value: AuditDetail): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The content an event's hash covers, as one string. A JSON array has one
 * spelling for given values, and the seq inside it ties the event to its place
 * in the chain. Timestamps at millisecond precision, as both databases store them.
 */
export function canonicalContent(event: ChainedContent): string {
  return JSON.stringify([
    event.seq,
    event.id,
    event.occurred_at.toISOString(),
    event.action,
    event.outcome,
    event.actor_id,
    event.actor_type,
    event.target_type,
    event.target_id,
    event.ip,
    event.user_agent,
    event.request_id,
    event.details,
  ]);
}

export function chainHash(previousHash: string, event: ChainedContent): string {
  return createHash('sha256').update(previousHash).update(canonicalContent(event)).digest('hex');
}

/** Where verification starts and must end: the purge anchor and the chain head. */
export interface ChainBounds {
  anchorSeq: number;
  anchorHash: string;
  lastSeq: number;
  lastHash: string;
}

export type ChainProblem =
  | { kind: 'edited'; seq: number; id: string }
  | { kind: 'missing'; seq: number; id?: string }
  | { kind: 'out_of_order'; seq: number; id: string }
  | { kind: 'unexpected'; seq: number; id: string }
  | { kind: 'truncated'; seq: number };

/**
 * Checks events one by one in `seq` order (feed it every row after the
 * anchor). The first problem found is kept; later rows are not judged,
 * because after a break everything downstream fails anyway.
 */
export class ChainVerifier {
  private expectedSeq: number;
  private previousHash: string;
  private checked = 0;
  problem?: ChainProblem;

  constructor(private readonly bounds: ChainBounds) {
    this.expectedSeq = bounds.anchorSeq + 1;
    this.previousHash = bounds.anchorHash;
  }

  /** False once a problem has been found (the caller may stop reading). */
  accept(event: ChainedEvent): boolean {
    if (this.problem) return false;
    if (event.seq > this.bounds.lastSeq) {
      this.problem = { kind: 'unexpected', seq: event.seq, id: event.id };
    } else if (event.seq !== this.expectedSeq) {
      // Rows between are gone: the first missing position is what to name.
      this.problem = { kind: 'missing', seq: this.expectedSeq };
    } else if (chainHash(event.prev_hash, event) !== event.hash) {
      this.problem = { kind: 'edited', seq: event.seq, id: event.id };
    } else if (event.prev_hash !== this.previousHash) {
      // Its own hash is consistent but it does not follow its predecessor:
      // put in place of, or between, the events that were really recorded.
      this.problem = { kind: 'out_of_order', seq: event.seq, id: event.id };
    }
    if (this.problem) return false;
    this.expectedSeq += 1;
    this.previousHash = event.hash;
    this.checked += 1;
    return true;
  }

  /** The verdict after the last row: a tail that stops short of the head is missing events. */
  finish(): { ok: true; checked: number } | { ok: false; checked: number; problem: ChainProblem } {
    if (!this.problem) {
      if (this.expectedSeq <= this.bounds.lastSeq) {
        this.problem = { kind: 'truncated', seq: this.expectedSeq };
      } else if (this.previousHash !== this.bounds.lastHash) {
        this.problem = { kind: 'edited', seq: this.bounds.lastSeq, id: '(chain head)' };
      }
    }
    return this.problem
      ? { ok: false, checked: this.checked, problem: this.problem }
      : { ok: true, checked: this.checked };
  }
}

/** One line naming the first bad event, for the CLI. */
export function describeProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'edited':
      return `event #${problem.seq} (${problem.id}) was edited: its hash does not match its content`;
    case 'missing':
      return `event #${problem.seq} is missing: it was removed from the chain`;
    case 'out_of_order':
      return `event #${problem.seq} (${problem.id}) was inserted out of order: it does not follow event #${problem.seq - 1}`;
    case 'unexpected':
      return `event #${problem.seq} (${problem.id}) was inserted out of order: it lies beyond the chain head`;
    case 'truncated':
      return `event #${problem.seq} is missing: the chain ends before its recorded head`;
  }
}
