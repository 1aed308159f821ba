import rangeParser from 'range-parser';
import type { ByteRange } from '../storage/storage-driver';

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 8187
 * encoding): an ASCII fallback for old clients plus the exact name. Both
 * parts are built from a closed set of characters, so nothing in a filename
 * can break out of the header.
 */
export function attachmentHeader(filename: string): string {
  const fallback = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 8187 does not allow.
  const exact = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

/** The strong ETag of a file: its SHA-256. */
export function etagOf(sha256: string): string {
  return `"${sha256}"`;
}

/** RFC 9110 If-None-Match: weak comparison, `*` matches anything. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export type RangeDecision =
  { kind: 'full' } | { kind: 'partial'; range: ByteRange } | { kind: 'unsatisfiable' };

/**
 * What a `Range` header asks of a file of `size` bytes. One range is served
 * as 206; a malformed or unsatisfiable one is 416; several ranges (or an
 * If-Range for another version) get the whole file, as RFC 9110 allows.
 */
export function decideRange(
  size: number,
  rangeHeader: string | undefined,
  ifRange: string | undefined,
  etag: string,
): RangeDecision {
  if (!rangeHeader) return { kind: 'full' };
  if (ifRange !== undefined && ifRange.trim() !== etag) return { kind: 'full' };
  const parsed = rangeParser(size, rangeHeader, { combine: true });
  if (parsed === -1 || parsed === -2 || parsed.type !== 'bytes') return { kind: 'unsatisfiable' };
  if (parsed.length !== 1) return { kind: 'full' };
  return { kind: 'partial', range: { start: parsed[0].start, end: parsed[0].end } };
}
