import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth } from '../common/auth/auth.decorator';
import { ScimErrors } from './scim-errors';
import { LIST_SCHEMA } from './scim-discovery';
import { listQueryOf, projectionOf, scimBaseUrl, sendScim } from './scim-http';
import { ScimUsersService } from './scim-users.service';
import { toScimUser, versionOf } from './scim-user';
import type { UserEntity } from '../users/user.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID names no user: 404, as SCIM clients expect (not 400). */
function userId(id: string): string {
  if (!UUID.test(id)) throw ScimErrors.notFound();
  return id.toLowerCase();
}

/** Bodies must be JSON: application/scim+json (RFC 7644) or application/json. */
function requireJson(request: Request): void {
  if (request.is(['application/scim+json', 'application/json']) === false) {
    throw ScimErrors.unsupportedMediaType();
  }
}

/**
 * SCIM 2.0 Users (RFC 7644 §3) at /scim/v2/Users, for identity providers
 * (Okta, Microsoft Entra ID) holding an admin's token with the `scim` scope.
 * Not in the OpenAPI document: SCIM is its own protocol, with its own
 * discovery (/scim/v2/ServiceProviderConfig, /Schemas) and error schema;
 * docs/scim.md describes it.
 */
@ApiExcludeController()
@Controller('scim/v2/Users')
export class ScimUsersController {
  constructor(private readonly scim: ScimUsersService) {}

  @Get()
  @Auth({ admin: true, scope: 'scim' })
  async scimListUsers(
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { filter, startIndex, count } = listQueryOf(query);
    const page = await this.scim.list(filter, startIndex, count);
    const project = projectionOf(query);
    const base = scimBaseUrl(request);
    sendScim(response, 200, {
      schemas: [LIST_SCHEMA],
      totalResults: page.total,
      ...(count === 0
        ? {}
        : {
            startIndex: page.startIndex,
            itemsPerPage: page.users.length,
            Resources: page.users.map((user) => project(toScimUser(user, base))),
          }),
    });
  }

  @Post()
  @Auth({ admin: true, scope: 'scim' })
  async scimCreateUser(
    @Body() body: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    requireJson(request);
    const user = await this.scim.create(body);
    this.sendUser(request, response, 201, user, true);
  }

  @Get(':id')
  @Auth({ admin: true, scope: 'scim' })
  async scimGetUser(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const user = await this.scim.get(userId(id));
    response.setHeader('ETag', versionOf(user));
    sendScim(response, 200, projectionOf(query)(toScimUser(user, scimBaseUrl(request))));
  }

  @Put(':id')
  @Auth({ admin: true, scope: 'scim' })
  async scimReplaceUser(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    requireJson(request);
    const user = await this.scim.replace(userId(id), body, ifMatch);
    this.sendUser(request, response, 200, user);
  }

  @Patch(':id')
  @Auth({ admin: true, scope: 'scim' })
  async scimPatchUser(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    requireJson(request);
    const user = await this.scim.patch(userId(id), body, ifMatch);
    this.sendUser(request, response, 200, user);
  }

  @Delete(':id')
  @Auth({ admin: true, scope: 'scim' })
  @HttpCode(204)
  async scimDeleteUser(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.scim.delete(userId(id), ifMatch);
  }

  private sendUser(
    request: Request,
    response: Response,
    status: number,
    user: UserEntity,
    created = false,
  ): void {
    const resource = toScimUser(user, scimBaseUrl(request));
    response.setHeader('ETag', versionOf(user));
    if (created) response.setHeader('Location', (resource.meta as { location: string }).location);
    sendScim(response, status, resource);
  }
}
