// Serves the demo pages on http://localhost:8000/ with the library compiled on
// the fly from src/ (no build, no sync server). Stop with Ctrl+C.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: { exportConditions: ['development'] },
    appIndex: 'demo/index.html',
    open: false,
    watch: false,
    plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Netwerkambitie demo: http://localhost:${port}/demo/`);
