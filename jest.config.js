/**
 * One jest run covers unit specs next to the code (libs/**\/*.spec.ts) and the
 * black-box suites under test/ (*.e2e-spec.ts). Benchmarks under test/bench are
 * never collected: they run on demand through their npm scripts.
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '(libs/.*\\.spec\\.ts|test/.*\\.e2e-spec\\.ts)$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/bench/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.[mc]?js$': '<rootDir>/test/support/esm-interop.transform.js',
  },
  // Dependencies are transformed too: see test/support/esm-interop.transform.js.
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testTimeout: 60000,
  maxWorkers: 2,
};
