import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROME_PATH names. */
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Exits with one clear line when no Chromium can be found. */
export function requireChromium() {
  if (existsSync(chromiumPath())) return;
  console.error(
    `No Chromium at ${chromiumPath()}. Install Debian's: apt-get install -y --no-install-recommends chromium (or set CHROME_PATH).`,
  );
  process.exit(1);
}
