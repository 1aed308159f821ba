import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { API_TITLE, API_VERSION } from './app-info';
import { Public } from './common/auth/public.decorator';

export class ApiIndexDto {
  @ApiProperty({ example: API_TITLE })
  name!: string;

  @ApiProperty({ example: API_VERSION })
  version!: string;

  @ApiProperty({ example: '/docs' })
  docs!: string;
}

@ApiTags('operations')
@Controller()
export class AppController {
  @Get()
  @Public()
  @ApiOperation({
    summary: 'API index',
    description: 'Name, version and where the documentation is. Needs no token.',
  })
  @ApiOkResponse({ type: ApiIndexDto })
  getApiIndex(): ApiIndexDto {
    return { name: API_TITLE, version: API_VERSION, docs: '/docs' };
  }
}
