import packageJson from '../package.json';

export const API_TITLE = 'ReViewPoint Core API';
export const API_VERSION: string = packageJson.version;
export const API_PREFIX = 'api/v1';
