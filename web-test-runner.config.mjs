import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { hostPolicyHeader } from './demo/hosts/policies.mjs';

// Flags for Chromium as root in a container with no outside network: without them it
// tries to reach update and sync hosts it cannot reach.
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Lets the mount-and-remove test force garbage collection before it counts leftovers.
  '--js-flags=--expose-gc',
];

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // Content-Security-Policy headers for the hostile host pages in demo/hosts/.
  middleware: [hostPolicyHeader],
  concurrency: 1,
  testsFinishTimeout: 600000,
  testFramework: {
    config: { timeout: 20000 },
  },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: chromeArgs,
      },
    }),
  ],
};
