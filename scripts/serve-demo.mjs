// Serves the demo pages and the built bundles on localhost and prints the URL to open.
import { startDevServer } from '@web/dev-server';
import { hostPolicyHeader } from '../demo/hosts/policies.mjs';

const port = Number(process.env.PORT) || 8000;
let server;
try {
  server = await startDevServer({
    // The csp-* host pages in demo/hosts/ need their Content-Security-Policy header.
    config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: false, watch: false, middleware: [hostPolicyHeader] },
    logStartMessage: false,
    readCliArgs: false,
    readFileConfig: false,
  });
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is already in use. Stop the other server, or run: PORT=8001 npm start`);
    process.exit(1);
  }
  throw error;
}
const address = `http://localhost:${server.config.port}/demo/index.html`;
console.log(`\nThe demo is running. Open ${address} in your browser.\nStop it with Ctrl+C.\n`);
