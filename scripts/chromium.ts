/**
 * Debian's Chromium for the e2e tests and the benchmark: the only browser this
 * machine can have (tools that download their own fail). The flags keep it off
 * the network, which is closed here.
 */
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
    ],
  });
}
