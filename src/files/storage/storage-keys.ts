/** Where files live in storage. Keys are made here only, never from client input. */

export const OBJECT_PREFIX = 'objects';
export const TEMPORARY_PREFIX = 'tmp';
export const QUARANTINE_PREFIX = 'quarantine';
/** In each writer's temporary folder: proof that the writer is alive (see TemporaryArea). */
export const HEARTBEAT_NAME = 'heartbeat';

/** The key of a file's bytes: grouped by the first hex digits to keep directories (and listings) small. */
export function objectKeyFor(fileId: string): string {
  const hex = fileId.replace(/-/g, '');
  return `${OBJECT_PREFIX}/${hex.slice(0, 2)}/${hex}`;
}

/** Each process writes its unfinished uploads into a folder of its own. */
export function temporaryFolderOf(writerId: string): string {
  return `${TEMPORARY_PREFIX}/${writerId}`;
}

export function temporaryKeyFor(writerId: string, fileId: string): string {
  return `${temporaryFolderOf(writerId)}/${fileId.replace(/-/g, '')}`;
}

export function heartbeatKeyOf(writerId: string): string {
  return `${temporaryFolderOf(writerId)}/${HEARTBEAT_NAME}`;
}

/**
 * The writer whose folder holds a temporary key, or undefined for a key
 * directly under `tmp/` (what versions before per-process folders wrote).
 */
export function writerOfTemporaryKey(key: string): string | undefined {
  const parts = key.split('/');
  return parts[0] === TEMPORARY_PREFIX && parts.length >= 3 ? parts[1] : undefined;
}

/**
 * Where the janitor parks an unreferenced object instead of deleting it:
 * `quarantine/<unix seconds>/<original key>`. The time is in the key because
 * a rename keeps a file's own modification time.
 */
export function quarantineKeyFor(key: string, at: Date): string {
  return `${QUARANTINE_PREFIX}/${Math.floor(at.getTime() / 1000)}/${key}`;
}

export function parseQuarantineKey(
  key: string,
): { originalKey: string; quarantinedAt: Date } | undefined {
  const match = /^quarantine\/(\d{1,12})\/(objects\/.+)$/.exec(key);
  if (!match) return undefined;
  return { originalKey: match[2], quarantinedAt: new Date(Number(match[1]) * 1000) };
}
