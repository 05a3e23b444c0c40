/** Jest runs the TypeScript sources as ESM through swc (no TypeScript compiler API needed). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // jose (used by the Agents SDK for JWT checks) ships ESM only; jest's CommonJS loader needs it compiled.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  transform: {
    '/node_modules/jose/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
};
