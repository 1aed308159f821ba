import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiListProblemResponses } from '../common/pagination/list-problem-responses';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth } from '../common/auth/auth.decorator';
import { streamCsv } from '../common/csv/csv-export';
import { UUID_PARAM } from '../common/validation/uuid-param';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto, UserFiltersDto } from './dto/list-users-query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserResponseDto, UsersPageDto } from './dto/user-response.dto';
import { toUserResponse } from './user.mapper';
import type { UserEntity } from './user.entity';
import { UsersService } from './users.service';

const EXPORT_COLUMNS = ['id', 'username', 'email', 'is_active', 'is_admin', 'created_at'] as const;

@ApiTags('users (admin)')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Auth({ admin: true, scope: 'users:write' })
  @ApiOperation({
    summary: 'Create a user',
    description: 'Same rules as registration; may create admins and inactive users.',
  })
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiProblemResponses(400, { status: 409, codes: ['USERNAME_TAKEN', 'EMAIL_TAKEN'] }, 422)
  async createUser(@Body() body: CreateUserDto): Promise<UserResponseDto> {
    return toUserResponse(await this.users.create(body));
  }

  @Get()
  @Auth({ admin: true, scope: 'users:read' })
  @ApiOperation({
    summary: 'List users',
    description:
      'Filter, sort and page. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (1,000 with `q`; see `total_exact`); `count=true` counts them all.',
  })
  @ApiOkResponse({ type: UsersPageDto })
  @ApiListProblemResponses()
  async listUsers(@Query() query: ListUsersQueryDto): Promise<UsersPageDto> {
    const page = await this.users.list(query);
    return { ...page, items: page.items.map(toUserResponse) };
  }

  @Get('export')
  @Auth({ admin: true, scope: 'users:read' })
  @ApiOperation({
    summary: 'Export users as CSV',
    description: `Every user matching the filters, streamed as \`text/csv\` with the header \`${EXPORT_COLUMNS.join(',')}\`. Cells that a spreadsheet would run as a formula are prefixed with \`'\`.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV attachment (users.csv).', schema: { type: 'string' } })
  @ApiProblemResponses(422)
  async exportUsers(@Query() filters: UserFiltersDto, @Res() response: Response): Promise<void> {
    await streamCsv<UserEntity>(response, {
      filename: 'users.csv',
      columns: EXPORT_COLUMNS,
      toRecord: (user) => toUserResponse(user),
      nextBatch: (after) => this.users.exportBatch(filters, after),
    });
  }

  @Get(':id')
  @Auth({ admin: true, scope: 'users:read' })
  @ApiOperation({ summary: 'Get a user' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID'] },
    { status: 404, codes: ['USER_NOT_FOUND'] },
  )
  async getUser(@Param('id', UUID_PARAM) id: string): Promise<UserResponseDto> {
    return toUserResponse(await this.users.getById(id));
  }

  @Patch(':id')
  @Auth({ admin: true, scope: 'users:write' })
  @ApiOperation({
    summary: 'Update a user',
    description:
      'Deactivating a user or setting their password ends their sessions. The last active admin cannot be deactivated or demoted.',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID', 'MALFORMED_JSON', 'BODY_TOO_DEEP'] },
    { status: 404, codes: ['USER_NOT_FOUND'] },
    { status: 409, codes: ['USERNAME_TAKEN', 'EMAIL_TAKEN', 'LAST_ADMIN'] },
    422,
  )
  async updateUser(
    @Param('id', UUID_PARAM) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponseDto> {
    return toUserResponse(await this.users.update(id, body));
  }

  @Delete(':id')
  @Auth({ admin: true, scope: 'users:write' })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a user',
    description:
      'Removes the user with their sessions, tokens and files. The last active admin cannot be deleted.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblemResponses(
    { status: 400, codes: ['INVALID_ID'] },
    { status: 404, codes: ['USER_NOT_FOUND'] },
    { status: 409, codes: ['LAST_ADMIN'] },
  )
  async deleteUser(@Param('id', UUID_PARAM) id: string): Promise<void> {
    await this.users.delete(id);
  }
}
