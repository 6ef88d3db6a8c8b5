import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the screenshots go (ignored by git): look at them after a run. */
export const SCREENSHOTS = 'test-screenshots';

/**
 * A test-runner command that saves what the test page shows now as a PNG
 * under `test-screenshots/`, for a person to look at. Use from a test:
 *   const { path } = await executeServerCommand('screenshot', { name: 'step-1' });
 */
export function screenshotPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const name = String(payload?.name ?? 'page').replace(/[^\w.-]+/g, '-');
      await mkdir(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      const page = session.browser.getPage(session.id);
      await page.screenshot({ path, fullPage: Boolean(payload?.fullPage) });
      return { path };
    },
  };
}
