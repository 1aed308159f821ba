import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { API_PREFIX, UNPREFIXED_PATHS } from '../../src/app-info';
import { AUTH_REQUIREMENTS, type AuthRequirements } from '../../src/common/auth/auth.decorator';
import { IS_PUBLIC } from '../../src/common/auth/public.decorator';

export interface DeclaredRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path a request uses, with path parameters filled in with a UUID. */
  path: string;
  /** `Controller.method`, to name the route in a test. */
  handler: string;
  isPublic: boolean;
  requirements: AuthRequirements | undefined;
}

const METHODS: Partial<Record<RequestMethod, DeclaredRoute['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

const PLACEHOLDER_ID = '00000000-0000-4000-8000-00000000abcd';

function joinPath(...parts: string[]): string {
  return `/${parts
    .flatMap((part) => part.split('/'))
    .filter((part) => part !== '')
    .join('/')}`;
}

function metadataOf<T>(key: string, ...targets: object[]): T | undefined {
  for (const target of targets) {
    const value = Reflect.getMetadata(key, target) as T | undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Every route the running app serves, read from Nest's own metadata (the
 * controllers' and handlers' decorators), so a route added later is in every
 * table built from this list without anyone editing the test.
 */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const prefixed = !UNPREFIXED_PATHS.some((path) => joinPath(base).startsWith(joinPath(path)));
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        if (path === undefined || method === undefined) continue;
        routes.push({
          method,
          path: joinPath(prefixed ? API_PREFIX : '', base, path).replace(/:\w+/g, PLACEHOLDER_ID),
          handler: `${controller.name}.${name}`,
          isPublic: metadataOf<boolean>(IS_PUBLIC, handler, controller) === true,
          requirements: metadataOf<AuthRequirements>(AUTH_REQUIREMENTS, handler, controller),
        });
      }
    }
  }
  return routes;
}
