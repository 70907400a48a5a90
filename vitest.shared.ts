import { defineConfig } from 'vitest/config'

/**
 * One test configuration for every package: the default console reporter plus a JSON report
 * per package (`.vitest/report.json`), which `scripts/test-summary.mjs` adds up for CI.
 */
export const sharedConfig = defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.vitest/report.json' }]],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
