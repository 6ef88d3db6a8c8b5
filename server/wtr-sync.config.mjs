// Runs only the sync tests, with the main test configuration plus the
// sync-server commands: npx web-test-runner --config server/wtr-sync.config.mjs
import base from '../web-test-runner.config.mjs';
import { syncServerPlugin } from './wtr-sync-plugin.mjs';

export default {
  ...base,
  files: ['test/sync/**/*.test.ts'],
  plugins: [...base.plugins, syncServerPlugin()],
};
