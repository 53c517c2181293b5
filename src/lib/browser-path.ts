/** Finds the Chromium or Chrome that prints the PDFs: $CHROMIUM_PATH, then the system's browser, then Playwright's own. */

export interface BrowserLookup {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  exists(path: string): boolean;
  /** Where Playwright keeps its own Chromium (`npx playwright install chromium`), if it knows. */
  playwrightPath?: (() => string | undefined) | undefined;
}

export interface FoundBrowser {
  path: string;
  /** How it was found: the environment variable, the system, or Playwright. */
  source: 'CHROMIUM_PATH' | 'systeem' | 'Playwright';
}

/** Where Chromium and Chrome usually live, in the order they are tried. */
export function systemBrowserPaths(platform: string, env: Readonly<Record<string, string | undefined>> = {}): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      `${env['HOME'] ?? ''}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
    ];
  }
  if (platform === 'win32') {
    return [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']]
      .filter((dir): dir is string => Boolean(dir))
      .map((dir) => `${dir}\\Google\\Chrome\\Application\\chrome.exe`);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

/** The message when no browser is found: what was tried and how to fix it. */
export function missingBrowserMessage(tried: readonly string[]): string {
  return [
    "Geen Chromium of Chrome gevonden om de PDF's te maken.",
    `Gezocht: CHROMIUM_PATH, ${tried.join(', ')}, de browser van Playwright.`,
    'Oplossing: installeer Chromium (Debian/Ubuntu: apt-get install chromium) of Google Chrome,',
    'of wijs een browser aan met CHROMIUM_PATH=/pad/naar/chromium, of installeer die van Playwright: npx playwright install chromium.',
    "Bouwen zonder PDF's (dan staat er ook geen PDF-link op de pagina's): PDFS=off npm run build",
  ].join('\n');
}

/** The browser to use, or an Error whose message names the fix. A CHROMIUM_PATH that does not exist is an error, not a hint. */
export function findBrowser(lookup: BrowserLookup): FoundBrowser {
  const fromEnv = lookup.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (lookup.exists(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH wijst naar ${fromEnv}, maar daar staat geen bestand. Zet het op het pad van een Chromium of Chrome, of laat het weg.`);
  }
  const system = systemBrowserPaths(lookup.platform, lookup.env);
  const onSystem = system.find((path) => lookup.exists(path));
  if (onSystem) return { path: onSystem, source: 'systeem' };
  const playwright = lookup.playwrightPath?.();
  if (playwright && lookup.exists(playwright)) return { path: playwright, source: 'Playwright' };
  throw new Error(missingBrowserMessage(system));
}
