import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination/pagination.dto';

export class FileResponseDto {
  @ApiProperty({ format: 'uuid', example: '7d1f0b2a-3c4e-4f5a-8b6c-9d0e1f2a3b4c' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60' })
  owner_id!: string;

  @ApiProperty({
    example: 'paper.pdf',
    description: 'As uploaded (NFC); display only, never a path.',
  })
  filename!: string;

  @ApiProperty({ example: 'application/pdf', description: 'Detected from the bytes at upload.' })
  content_type!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 482133, description: 'Bytes.' })
  size!: number;

  @ApiProperty({
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: 'SHA-256 of the bytes, hex.',
  })
  sha256!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-27T10:00:00.000Z' })
  uploaded_at!: string;
}

export class FilesPageDto extends PageOf(FileResponseDto) {}

/** The upload form, for Swagger UI. */
export class FileUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The file: one part named `file`.',
  })
  file!: unknown;
}
