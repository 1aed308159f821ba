import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth } from '../common/auth/auth.decorator';
import { ScimErrors } from './scim-errors';
import { listOf, resourceTypes, schemas, serviceProviderConfig } from './scim-discovery';
import { scimBaseUrl, sendScim } from './scim-http';

function byId(resources: Array<{ id: string }>, id: string): object {
  const found = resources.find((resource) => resource.id.toLowerCase() === id.toLowerCase());
  if (!found) throw ScimErrors.notFound();
  return found;
}

/** SCIM discovery (RFC 7644 §4): what this service supports, for identity providers to read. */
@ApiExcludeController()
@Controller('scim/v2')
export class ScimDiscoveryController {
  @Get('ServiceProviderConfig')
  @Auth({ admin: true, scope: 'scim' })
  scimServiceProviderConfig(@Req() request: Request, @Res() response: Response): void {
    sendScim(response, 200, serviceProviderConfig(scimBaseUrl(request)));
  }

  @Get('ResourceTypes')
  @Auth({ admin: true, scope: 'scim' })
  scimResourceTypes(@Req() request: Request, @Res() response: Response): void {
    sendScim(response, 200, listOf(resourceTypes(scimBaseUrl(request))));
  }

  @Get('ResourceTypes/:id')
  @Auth({ admin: true, scope: 'scim' })
  scimResourceType(
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    sendScim(response, 200, byId(resourceTypes(scimBaseUrl(request)), id));
  }

  @Get('Schemas')
  @Auth({ admin: true, scope: 'scim' })
  scimSchemas(@Req() request: Request, @Res() response: Response): void {
    sendScim(response, 200, listOf(schemas(scimBaseUrl(request))));
  }

  @Get('Schemas/:id')
  @Auth({ admin: true, scope: 'scim' })
  scimSchema(@Param('id') id: string, @Req() request: Request, @Res() response: Response): void {
    sendScim(response, 200, byId(schemas(scimBaseUrl(request)), id));
  }
}
