// Jest runs in ESM mode (NODE_OPTIONS=--experimental-vm-modules, see package.json):
// the @actions/* packages are ESM-only.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Test data holds package.json files of real projects: not modules of this one.
  modulePathIgnorePatterns: ['<rootDir>/__tests__/testdata/'],
  testTimeout: 60000,
  maxWorkers: 2,
}
