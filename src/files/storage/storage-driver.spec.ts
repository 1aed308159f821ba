import { createWriteStream } from 'node:fs';
import { isOutOfSpace } from './storage-driver';

describe('isOutOfSpace', () => {
  // Linux's /dev/full answers every write with ENOSPC: the error a full disk gives, for real.
  it('recognises the error Node reports when a disk is full', async () => {
    const error = await new Promise<unknown>((resolve) => {
      const stream = createWriteStream('/dev/full');
      stream.on('error', resolve);
      stream.end(Buffer.alloc(64 * 1024));
    });
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(isOutOfSpace(error)).toBe(true);
  });

  it('recognises a full quota and nothing else', () => {
    expect(isOutOfSpace(Object.assign(new Error('quota'), { code: 'EDQUOT' }))).toBe(true);
    expect(isOutOfSpace(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBe(false);
    expect(isOutOfSpace(new Error('no code'))).toBe(false);
    expect(isOutOfSpace(undefined)).toBe(false);
  });
});
