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

/**
 * A test command that emulates `forced-colors` through the DevTools protocol, because
 * the emulateMedia command of @web/test-runner-commands 0.9 passes on only the colour
 * scheme and reduced motion, and Puppeteer's emulateMediaFeatures rejects the feature.
 * Call it with executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' }).
 */
const devToolsSessions = new Map();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    // The emulation lasts as long as the DevTools session, so each test page keeps one.
    let client = devToolsSessions.get(session.id);
    if (!client) {
      client = await session.browser.getPage(session.id).target().createCDPSession();
      devToolsSessions.set(session.id, client);
    }
    await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
    return true;
  },
};

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
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    forcedColorsPlugin,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: chromeArgs,
      },
    }),
  ],
};
