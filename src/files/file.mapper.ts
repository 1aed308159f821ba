import type { FileResponseDto } from './dto/file-response.dto';
import type { FileEntity } from './file.entity';

/** The only way a file's metadata leaves the API (the storage key stays inside). */
export function toFileResponse(file: FileEntity): FileResponseDto {
  return {
    id: file.id,
    owner_id: file.owner_id,
    filename: file.filename,
    content_type: file.content_type,
    size: file.size,
    sha256: file.sha256,
    uploaded_at: file.uploaded_at.toISOString(),
  };
}
