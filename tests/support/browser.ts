import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags every Chromium run here uses: headless, offline-friendly, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every request URL whose host is not 127.0.0.1 (must stay empty: the app is offline-first). */
  foreignRequests: string[];
  /** Console errors and page errors, for diagnosing failures. */
  errors: string[];
  /** Console warnings (e.g. a cross-filter cube that fell back to SQL). */
  warnings: string[];
  close(): Promise<void>;
}

/** Launch Debian's Chromium with a fresh profile and watch every request the page makes. */
export async function openBrowser(opts: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'sk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1366, height: 900 },
    locale: opts.locale ?? 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1';
    if (!local) foreignRequests.push(req.url());
  });
  // Anything not for 127.0.0.1 is refused, so a stray CDN fetch fails loudly instead of hanging.
  await context.route((url) => !['127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http'), (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, foreignRequests, errors, warnings, close: () => context.close() };
}

/**
 * Retry a block of assertions until it passes or `timeoutMs` runs out, then rethrow its last failure.
 * After a click the URL changes a moment before the new queries start, so `data-busy="false"` can
 * still describe the previous view; a block that compares every number must be allowed to wait for
 * the new ones instead of reading a half-updated page. It still fails when the numbers stay wrong.
 */
export async function eventually(check: () => Promise<void>, timeoutMs = 30_000, intervalMs = 150): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
