import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import { ApiListProblemResponses } from '../common/pagination/list-problem-responses';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { streamCsv } from '../common/csv/csv-export';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { UUID_PARAM } from '../common/validation/uuid-param';
import { sendFileContent } from './download/send-file-content';
import { FileResponseDto, FilesPageDto, FileUploadDto } from './dto/file-response.dto';
import { FileFiltersDto, ListFilesQueryDto } from './dto/list-files-query.dto';
import { toFileResponse } from './file.mapper';
import type { FileEntity } from './file.entity';
import { FilesService } from './files.service';
import type { RequestWithUpload } from './upload/multer-storage.engine';
import { UploadInterceptor } from './upload/upload.interceptor';

const EXPORT_COLUMNS = [
  'id',
  'owner_id',
  'filename',
  'content_type',
  'size',
  'sha256',
  'uploaded_at',
] as const;
const NOT_FOUND = {
  status: 404,
  codes: ['FILE_NOT_FOUND'],
  description: 'No such file, or it belongs to someone else.',
};

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Auth({ scope: 'files:write' })
  @UseInterceptors(UploadInterceptor)
  @ApiOperation({
    summary: 'Upload a file',
    description:
      'multipart/form-data with exactly one part named `file`. The bytes are streamed to storage while counted and hashed; the type is detected from the content and must be in ALLOWED_FILE_TYPES (a declared type or extension that contradicts the content is refused). Up to MAX_UPLOAD_BYTES. There is no total time limit, but a body that stops arriving for UPLOAD_IDLE_TIMEOUT_SECONDS is cut (408), and each user may have MAX_CONCURRENT_UPLOADS_PER_USER uploads in progress (429).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FileUploadDto })
  @ApiCreatedResponse({ type: FileResponseDto })
  @ApiProblemResponses(
    {
      status: 400,
      codes: ['MALFORMED_MULTIPART'],
      description:
        'Malformed or truncated multipart, more than one part, or a part not named `file`.',
    },
    {
      status: 408,
      codes: ['UPLOAD_TIMEOUT'],
      description:
        'The body stopped arriving for UPLOAD_IDLE_TIMEOUT_SECONDS (slow but progressing uploads are never cut).',
    },
    { status: 413, codes: ['FILE_TOO_LARGE'] },
    {
      status: 415,
      codes: ['UNSUPPORTED_FILE_TYPE', 'UNSUPPORTED_MEDIA_TYPE'],
      description: 'Type not accepted or contradicting the content; or not a multipart request.',
    },
    { status: 422, codes: ['EMPTY_FILE', 'INVALID_FILENAME', 'VALIDATION_FAILED'] },
    {
      status: 429,
      codes: ['TOO_MANY_UPLOADS'],
      description:
        'MAX_CONCURRENT_UPLOADS_PER_USER uploads of yours are already in progress; see Retry-After.',
    },
    {
      status: 503,
      codes: ['STORAGE_UNAVAILABLE'],
      description:
        'The file storage is unavailable or not verified as this database’s; nothing was kept.',
    },
    {
      status: 507,
      codes: ['INSUFFICIENT_STORAGE'],
      description: 'The file storage is full; nothing was kept.',
    },
  )
  async uploadFile(
    @CurrentUser() caller: AuthenticatedUser,
    @Req() request: RequestWithUpload,
  ): Promise<FileResponseDto> {
    // UploadInterceptor guarantees the part is there.
    const upload = request.file as NonNullable<RequestWithUpload['file']>;
    return toFileResponse(await this.files.create(caller.user.id, upload));
  }

  @Get()
  @Auth({ scope: 'files:read' })
  @ApiOperation({
    summary: 'List files',
    description:
      'Your files; administrators see everyone’s and may filter by `owner_id`. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (1,000 with `q`; see `total_exact`); `count=true` counts them all.',
  })
  @ApiOkResponse({ type: FilesPageDto })
  @ApiListProblemResponses()
  async listFiles(
    @CurrentUser() caller: AuthenticatedUser,
    @Query() query: ListFilesQueryDto,
  ): Promise<FilesPageDto> {
    const page = await this.files.list(caller, query);
    return { ...page, items: page.items.map(toFileResponse) };
  }

  @Get('export')
  @Auth({ scope: 'files:read' })
  @ApiOperation({
    summary: 'Export files as CSV',
    description: `The files \`GET /files\` would list (same filters), streamed as \`text/csv\` with the header \`${EXPORT_COLUMNS.join(',')}\`.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV attachment (files.csv).', schema: { type: 'string' } })
  @ApiProblemResponses(422)
  async exportFiles(
    @CurrentUser() caller: AuthenticatedUser,
    @Query() filters: FileFiltersDto,
    @Res() response: Response,
  ): Promise<void> {
    await streamCsv<FileEntity>(response, {
      filename: 'files.csv',
      columns: EXPORT_COLUMNS,
      toRecord: toFileResponse,
      nextBatch: (after) => this.files.exportBatch(caller, filters, after),
    });
  }

  @Get(':id')
  @Auth({ scope: 'files:read' })
  @ApiOperation({ summary: 'Get a file’s metadata' })
  @ApiOkResponse({ type: FileResponseDto })
  @ApiProblemResponses({ status: 400, codes: ['INVALID_ID'] }, NOT_FOUND)
  async getFile(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<FileResponseDto> {
    return toFileResponse(await this.files.getVisible(caller, id));
  }

  @Get(':id/content')
  @Auth({ scope: 'files:read' })
  @ApiOperation({
    summary: 'Download a file',
    description:
      'The bytes with the stored Content-Type, Content-Disposition: attachment, ETag (the SHA-256) and Last-Modified. One `Range: bytes=…` gives 206; a matching `If-None-Match` gives 304.',
  })
  @ApiProduces('application/octet-stream')
  @ApiHeader({
    name: 'Range',
    required: false,
    description: 'e.g. `bytes=0-1023` or `bytes=-500`.',
  })
  @ApiHeader({
    name: 'If-Range',
    required: false,
    description: 'The ETag the `Range` is meant for; another version gets the whole file (200).',
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'An ETag from an earlier download.',
  })
  @ApiOkResponse({ description: 'The whole file.', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({
    status: 206,
    description: 'The requested range (Content-Range says which).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched).' })
  @ApiProblemResponses({ status: 400, codes: ['INVALID_ID'] }, NOT_FOUND, {
    status: 416,
    codes: ['RANGE_NOT_SATISFIABLE'],
  })
  async downloadFileContent(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', UUID_PARAM) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    // Headers are read from the request, not with @Headers(): those become required parameters in the document.
    const file = await this.files.getVisible(caller, id);
    await sendFileContent(request, response, file, (range) => this.files.openContent(file, range));
  }

  @Delete(':id')
  @Auth({ scope: 'files:write' })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a file',
    description: 'Removes the row and the bytes. Owners and administrators only.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblemResponses({ status: 400, codes: ['INVALID_ID'] }, NOT_FOUND)
  async deleteFile(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<void> {
    await this.files.delete(caller, id);
  }
}
