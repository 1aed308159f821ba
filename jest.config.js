/**
 * Two projects: `unit` (pure logic, specs beside the code) and `e2e` (the real
 * app over HTTP on a real database, in test/). `npm test` runs both; `scale`
 * (several instances on shared MariaDB, S3 and Redis) runs with `npm run test:scale`,
 * `client` (the generated client in clients/typescript) with `npm run test:client`,
 * `browser` (Swagger UI in chromium) with `npm run test:browser`, `fuzz` (the
 * built server fuzzed from its OpenAPI document) with `npm run test:fuzz`, and
 * `faults` (outages, kills, signals, a full disk) with `npm run test:faults`.
 *
 * SWC compiles TypeScript for Jest (type checking is `npm run typecheck`'s
 * job). The Swagger CLI plugin does not run under Jest; the OpenAPI
 * completeness test therefore reads the document of the built app in dist/.
 * @type {import('jest').Config}
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js)$': swc },
  // file-type and its dependencies, the OpenID packages (openid-client, oauth4webapi, jose,
  // oidc-provider) and otplib's plugins (@otplib, @scure/base, @noble/hashes) are ESM-only;
  // Jest on Node 20 cannot require ESM, so SWC compiles them to CommonJS (the built app loads
  // them natively with require(esm)).
  transformIgnorePatterns: [
    '/node_modules/(?!(file-type|strtok3|token-types|@tokenizer/inflate|@tokenizer/token|uint8array-extras|@borewit/text-codec|openid-client|oauth4webapi|jose|oidc-provider|@otplib|@scure/base|@noble/hashes)/)',
  ],
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  cacheDirectory: '<rootDir>/.jest-cache',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      // The generated TypeScript client driven against the running app (`npm run test:client`).
      ...shared,
      displayName: 'client',
      testMatch: ['<rootDir>/test/client/**/*.client-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      // Swagger UI of the built server in Debian's chromium (`npm run test:browser`).
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      // A property-based fuzz run of the built server against its OpenAPI document (`npm run test:fuzz`).
      ...shared,
      displayName: 'fuzz',
      testMatch: ['<rootDir>/test/fuzz/**/*.fuzz-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      // Several built instances on shared MariaDB, S3 and Redis (`npm run test:scale`).
      ...shared,
      displayName: 'scale',
      testMatch: ['<rootDir>/test/scale/**/*.scale-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      // Outages, kills, signals and a full disk, through relays and spawned built servers
      // (`npm run test:faults`; CI runs it on MariaDB).
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
  ],
};
