#!/usr/bin/env node
// Serves the development entry like `wrangler dev`, through wrangler's startWorker API with the
// DevTools inspector turned off (the CLI cannot turn it off). Under `wrangler dev`, wrangler's inspector
// proxy forwards every DevTools Network event of the Worker (four per D1 statement) to Node, which
// formats each into wrangler's debug log file: about a millisecond of CPU per statement on this
// machine, a cost that scales with the queries a route makes and that deployed Workers do not pay.
// `npm run load` serves the app this way (scripts/start.mjs with SERVE=api) so that its figures
// measure the app rather than the dev tools. Usage: node scripts/serve.mjs <port> <env file> [persist dir]
import { unstable_startWorker } from "wrangler";

const [port, envFile, persist] = process.argv.slice(2);
const worker = await unstable_startWorker({
  config: "wrangler.toml",
  entrypoint: "src/dev-entry.ts",
  envFiles: [envFile],
  dev: {
    server: { hostname: "127.0.0.1", port: Number(port) },
    inspector: false,
    watch: false,
    logLevel: "warn",
    testScheduled: true,
    ...(persist ? { persist } : {}),
  },
});
await worker.ready;
console.log(`Ready on http://127.0.0.1:${port}`);
const stop = async () => {
  await worker.dispose();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
