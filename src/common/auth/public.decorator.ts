import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { ANONYMOUS_REQUIREMENT } from '../swagger/openapi-document';

export const IS_PUBLIC = 'auth:public';

/**
 * Opts a route out of the global authentication guard, and says so in the
 * OpenAPI document (`security: []`, so clients send no credentials).
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity(ANONYMOUS_REQUIREMENT));
