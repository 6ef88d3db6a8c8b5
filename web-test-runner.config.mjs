import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { pdfPlugin } from './scripts/wtr-pdf-plugin.mjs';
import { screenshotPlugin } from './scripts/wtr-screenshot-plugin.mjs';
import { syncServerPlugin } from './server/wtr-sync-plugin.mjs';

/** Unit and element tests, each file in its own page of real headless Chromium. */
export default {
  files: ['test/**/*.test.ts'],
  // The test sync servers listen on 127.0.0.1: the page is on the same host, so it may connect to them.
  hostname: '127.0.0.1',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    pdfPlugin(),
    screenshotPlugin(),
    syncServerPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  middleware: [
    // The embedding tests' host page runs under a strict Content-Security-Policy.
    (context, next) => {
      if (context.path === '/test/embed/csp-page.html')
        context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      return next();
    },
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="nl">
      <body>
        <script type="module" src="/test/support/lit-warnings.js"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
