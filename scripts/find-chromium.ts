// Finds a Chromium for Playwright: $CHROMIUM_PATH, the system one (Debian's `chromium`), or Playwright's own
// download where one is installed. Returns null when there is none.
import { existsSync } from "node:fs";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];

export async function findChromium(): Promise<string | null> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  try {
    const { chromium } = await import("@playwright/test");
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

export const CHROMIUM_MISSING_HELP = `No Chromium was found for the browser tests.
Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk
  - or Playwright's own build where downloads are allowed:  npx playwright install chromium
  - or point CHROMIUM_PATH at an existing Chromium/Chrome binary.`;
