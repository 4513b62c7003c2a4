/**
 * Tests fail within a minute (jest.config.js testTimeout). Setup and teardown hooks boot or stop Strapi,
 * seed the demo policy or start Chromium, which on a loaded two-core machine can take longer: a hook
 * without a timeout of its own gets three minutes, so that a hung boot still fails well before CI's limit.
 */
const HOOK_TIMEOUT_MS = 180_000;

for (const hook of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach'] as const) {
  const original = globalThis[hook];
  globalThis[hook] = ((fn: jest.ProvidesHookCallback, timeout?: number) => original(fn, timeout ?? HOOK_TIMEOUT_MS)) as typeof original;
}
