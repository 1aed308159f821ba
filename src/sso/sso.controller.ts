import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { API_PREFIX } from '../app-info';
import { Client, type ClientContext } from '../auth/client-context';
import { TokenResponse } from '../auth/decorators/token-response.decorator';
import { AuthTokensDto } from '../auth/dto/auth-tokens.dto';
import { Public } from '../common/auth/public.decorator';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { SsoAuthorizeQueryDto, SsoExchangeDto, SsoProviderDto } from './dto/sso.dto';
import { SSO_CALLBACK_ERRORS } from './sso.errors';
import { STATE_TTL_SECONDS, SsoService } from './sso.service';

/**
 * Binds a sign-in to the browser that started it (against login CSRF): the
 * state, in a cookie per provider sent only to that provider's callback.
 */
const stateCookie = (provider: string) => `rvp_sso_${provider}`;

const REDIRECT_HEADERS = {
  Location: { description: 'Where the browser goes next.', schema: { type: 'string' } },
  'Referrer-Policy': {
    description: 'Always `no-referrer`: the next page never learns this URL.',
    schema: { type: 'string', enum: ['no-referrer'] },
  },
};

const PROVIDER_NOT_FOUND = { status: 404, codes: ['SSO_PROVIDER_NOT_FOUND'] };
const PROVIDER_UNAVAILABLE = { status: 503, codes: ['SSO_PROVIDER_UNAVAILABLE'] };

@ApiTags('single sign-on')
@Public()
@Controller('auth/sso')
export class SsoController {
  constructor(private readonly sso: SsoService) {}

  @Get('providers')
  @ApiOperation({
    summary: 'List the single sign-on providers',
    description: 'The OpenID providers configured in OIDC_PROVIDERS, for sign-in buttons.',
  })
  @ApiOkResponse({ type: [SsoProviderDto] })
  listSsoProviders(): SsoProviderDto[] {
    return this.sso.providers();
  }

  @Get(':provider/authorize')
  @ApiOperation({
    summary: 'Start a single sign-on',
    description:
      'Open this in the browser (a navigation, not a fetch): it redirects to the provider (authorization code flow with PKCE S256, `state` and `nonce` kept server-side for 10 minutes) and sets a cookie that binds the sign-in to this browser.',
  })
  @ApiResponse({
    status: 302,
    description: 'To the provider’s sign-in.',
    headers: REDIRECT_HEADERS,
  })
  @ApiProblemResponses(
    { status: 400, codes: ['SSO_REDIRECT_NOT_ALLOWED'] },
    PROVIDER_NOT_FOUND,
    422,
    PROVIDER_UNAVAILABLE,
  )
  async startSso(
    @Param('provider') provider: string,
    @Query() query: SsoAuthorizeQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const started = await this.sso.authorize(provider, query.redirect_uri);
    response.cookie(stateCookie(provider), started.state, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.sso.publicUrlIsHttps,
      path: `/${API_PREFIX}/auth/sso/${provider}/callback`,
      maxAge: STATE_TTL_SECONDS * 1000,
    });
    redirect(response, started.url);
  }

  @Get(':provider/callback')
  @ApiOperation({
    summary: 'Finish a single sign-on (the provider redirects here)',
    description: `Register \`<SSO_PUBLIC_URL>/api/v1/auth/sso/{provider}/callback\` at the provider. Redirects to the client's redirect_uri with \`code\` (exchange it at \`POST /auth/sso/exchange\`), or with \`error\`: ${SSO_CALLBACK_ERRORS.map((code) => `\`${code}\``).join(', ')}. Before the sign-in is recognised (unknown, expired, replayed or foreign state) the answer is a 400 instead.`,
  })
  @ApiQuery({ name: 'state', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'code', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'iss', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'error', required: false, schema: { type: 'string' } })
  @ApiResponse({
    status: 302,
    description: 'To the client’s redirect_uri with `code` or `error`.',
    headers: REDIRECT_HEADERS,
  })
  @ApiProblemResponses({ status: 400, codes: ['SSO_INVALID_STATE'] }, PROVIDER_NOT_FOUND)
  async finishSso(
    @Param('provider') provider: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await this.sso.callback(
      provider,
      request.query,
      cookieOf(request, stateCookie(provider)),
    );
    response.clearCookie(stateCookie(provider), {
      path: `/${API_PREFIX}/auth/sso/${provider}/callback`,
    });
    redirect(response, outcome.location);
  }

  @Post('exchange')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a single sign-on code for tokens',
    description:
      'The client’s last step: the one-time `code` from its redirect_uri (60 seconds, once) for the same token body as login, with a new session.',
  })
  @TokenResponse(200, AuthTokensDto)
  @ApiProblemResponses(
    { status: 400, codes: ['SSO_INVALID_CODE', 'MALFORMED_JSON', 'BODY_TOO_DEEP'] },
    { status: 403, codes: ['ACCOUNT_DISABLED'] },
    413,
    422,
  )
  exchangeSsoCode(
    @Body() body: SsoExchangeDto,
    @Client() client: ClientContext,
  ): Promise<AuthTokensDto> {
    return this.sso.exchange(body.code, client);
  }
}

function redirect(response: Response, location: string): void {
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
  response.redirect(302, location);
}

/** One cookie's value from the Cookie header (no cookie parser is installed for the rest of the API). */
function cookieOf(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
