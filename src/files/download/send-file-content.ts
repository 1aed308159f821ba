import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileEntity } from '../file.entity';
import { FileErrors } from '../files.errors';
import type { ByteRange } from '../storage/storage-driver';
import { attachmentHeader, decideRange, etagOf, ifNoneMatchHits } from './download-headers';

/**
 * Answers `GET /files/:id/content` for a file the caller may see: validators
 * (ETag = SHA-256, Last-Modified), 304 for a matching If-None-Match, one
 * Range as 206 (416 when unsatisfiable, the whole file for an If-Range of
 * another version), Content-Disposition: attachment, then the bytes streamed
 * straight from storage into the socket with no transform in between.
 * `open` is called only when bytes are to be sent, with the range if any.
 */
export async function sendFileContent(
  request: Request,
  response: Response,
  file: Pick<FileEntity, 'sha256' | 'size' | 'uploaded_at' | 'content_type' | 'filename'>,
  open: (range?: ByteRange) => Promise<Readable>,
): Promise<void> {
  const etag = etagOf(file.sha256);
  response.setHeader('ETag', etag);
  response.setHeader('Last-Modified', file.uploaded_at.toUTCString());
  response.setHeader('Cache-Control', 'private, no-cache');
  response.setHeader('Accept-Ranges', 'bytes');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (ifNoneMatchHits(request.get('If-None-Match'), etag)) {
    response.status(304).end();
    return;
  }
  const decision = decideRange(file.size, request.get('Range'), request.get('If-Range'), etag);
  if (decision.kind === 'unsatisfiable') throw FileErrors.rangeNotSatisfiable(file.size);

  const range = decision.kind === 'partial' ? decision.range : undefined;
  const stream = await open(range);
  response.status(range ? 206 : 200);
  response.setHeader('Content-Type', file.content_type);
  response.setHeader('Content-Disposition', attachmentHeader(file.filename));
  response.setHeader('Content-Length', String(range ? range.end - range.start + 1 : file.size));
  if (range) response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
  // If reading fails midway the connection is cut, so a client never takes a short body for the file.
  await pipeline(stream, response).catch(() => response.destroy());
}
