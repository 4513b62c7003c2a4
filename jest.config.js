const os = require('os');

// ts-jest reads the tests' part of the solution (tsconfig.json → tests/tsconfig.json); type errors are tsc -b's job.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }];

const project = (displayName, folder) => ({
  displayName,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  testMatch: [`<rootDir>/tests/${folder}/**/*.test.ts`],
  setupFilesAfterEnv: ['<rootDir>/tests/helpers/hook-timeouts.ts'],
});

module.exports = {
  // A hung test fails within a minute; the few that are long by design (package install, load) say so.
  // Hooks (Strapi boots, demo seeding, Chromium) get three minutes: tests/helpers/hook-timeouts.ts.
  testTimeout: 60_000,
  // The suites mostly wait on Strapi boots, databases and HTTP, so two workers pay off even on two cores
  // (Jest's default there is one): the integration suite takes about 100 s instead of 160 s.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  projects: [
    project('unit', 'unit'),
    // Boot the example app in-process on the database TEST_DB names (sqlite by default).
    project('integration', 'integration'),
    // Need PostgreSQL: run by npm run test:postgres.
    project('postgres-only', 'integration-postgres'),
    // Playwright in Debian's Chromium against the example app's built admin: npm run test:browser.
    project('browser', 'browser'),
    // npm pack into a fresh Strapi app.
    project('package', 'package'),
  ],
};
