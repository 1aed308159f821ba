/** Where files live in storage. Keys are made here only, never from client input. */

export const OBJECT_PREFIX = 'objects';
export const TEMPORARY_PREFIX = 'tmp';

/** The key of a file's bytes: grouped by the first hex digits to keep directories (and listings) small. */
export function objectKeyFor(fileId: string): string {
  const hex = fileId.replace(/-/g, '');
  return `${OBJECT_PREFIX}/${hex.slice(0, 2)}/${hex}`;
}

export function temporaryKeyFor(fileId: string): string {
  return `${TEMPORARY_PREFIX}/${fileId.replace(/-/g, '')}`;
}
