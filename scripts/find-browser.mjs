// Checks that the test runner can find Chrome or Chromium, and says how to get one if not.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`Browser for the tests: ${found}`);
} else {
  let onPath = '';
  try {
    onPath = execFileSync('sh', ['-c', 'command -v chromium || command -v google-chrome || true'], { encoding: 'utf8' }).trim();
  } catch {
    onPath = '';
  }
  if (onPath) {
    console.log(`Browser for the tests: ${onPath}`);
  } else {
    console.error('No Chrome or Chromium found for the browser tests.');
    console.error('Install one (on Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.');
    process.exit(1);
  }
}
