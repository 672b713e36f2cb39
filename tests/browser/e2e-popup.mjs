// SPDX-License-Identifier: AGPL-3.0-or-later
// End to end in headless Chromium: the newsletter pop-up ("Jätä yhteystietosi…") as visitors meet it — not there before the delay, then a modal dialog with an accessible name, focus on its e-mail field, Tab and Shift+Tab kept inside, Esc closing it and focus back where it was, axe clean while open; shown once (a reload shows nothing); EI KIITOS closes it and is remembered; LÄHETÄ posts to /uutiskirje and lands on /uutiskirje/kiitos with the confirmation mail sent; never over another open dialog; never shown when storage is blocked; without JavaScript nothing to see. vnu over the pages on the way.
//
// Usage: node tests/browser/e2e-popup.mjs --tori PATH [--timeout SECONDS] [--keep]
// Runs like e2e-redirects.mjs (e2e-kit.mjs: `tori serve` on its own demo data folder and port,
// the SMTP test server). Each visitor is a new browser context (its own localStorage). The page's
// data-delay (20 s) is rewritten to kDelaySeconds in the HTML the browser receives, so the test
// waits seconds, not minutes.
// Prints one PASS/FAIL line per step, one for vnu, and `N passed, N failed`.
// Exit status: 0 all passed, 1 any failure, 77 Chromium, Java or aiosmtpd is missing.

import { kPageMs, sleep, waitMail, watch } from './browser-kit.mjs';
import { checkPage, expectAt, follow, go, run, runEndToEnd, step } from './e2e-kit.mjs';

const kDelaySeconds = 3;
const kKey = 'tori.newsletterPopup';
const kTitle = 'Jätä yhteystietosi…';

// A visitor with a fresh browser (no localStorage, no cookies); `init` runs before every page.
async function visitor(browser, tools, { javaScriptEnabled = true, init = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
  context.setDefaultTimeout(kPageMs);
  await context.addInitScript(tools.axeSource);
  if (init) await context.addInitScript(init);
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() !== 'GET' || request.resourceType() !== 'document') return route.fallback();
    const response = await route.fetch({ maxRedirects: 0 });
    const body = (await response.text()).replace('data-delay="20"', `data-delay="${kDelaySeconds}"`);
    return route.fulfill({ response, body });
  });
  const page = await context.newPage();
  watch(page, run.sink);
  return page;
}

const popup = (page) => page.locator('#newsletter-popup');
const isOpen = (page) => page.evaluate(() => Boolean(document.getElementById('newsletter-popup')?.open));
const stored = (page) => page.evaluate((key) => window.localStorage.getItem(key), kKey);
const focusedInPopup = (page) => page.evaluate(() =>
  document.getElementById('newsletter-popup').contains(document.activeElement) &&
  document.activeElement !== document.getElementById('newsletter-popup'));

// Focuses a link of the page (marked) before the pop-up opens, so its return can be checked.
async function focusALink(page) {
  await page.evaluate(() => {
    const link = document.querySelector('main a[href]') || document.querySelector('.main-nav a[href]');
    link.setAttribute('data-e2e-had-focus', '');
    link.focus();
  });
}
async function expectFocusReturned(page, what) {
  const back = await page.evaluate(() => document.activeElement?.hasAttribute('data-e2e-had-focus') ?? false);
  if (!back) throw new Error(`${what}: focus did not return to the link that had it`);
}

// Loads `target`, checks the pop-up is closed at first and opens only after the delay.
async function loadAndWaitForPopup(page, target) {
  const response = await go(page, target);
  const loaded = Date.now();
  if (await isOpen(page)) throw new Error('the pop-up is open at once');
  await focusALink(page);
  await sleep(1000);
  if (await isOpen(page)) throw new Error('the pop-up opened before the delay');
  await popup(page).waitFor({ state: 'visible', timeout: (kDelaySeconds + 10) * 1000 });
  const waited = (Date.now() - loaded) / 1000;
  if (waited < kDelaySeconds - 0.5) throw new Error(`the pop-up opened after ${waited.toFixed(1)} s, before the delay of ${kDelaySeconds} s`);
  return response;
}

// Waits out the delay and a little more; the pop-up must stay closed.
async function expectNoPopup(page, what) {
  await sleep((kDelaySeconds + 2) * 1000);
  if (await isOpen(page)) throw new Error(`${what}: the pop-up opened`);
}

async function expectTabStaysInside(page) {
  const seen = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (!(await focusedInPopup(page))) throw new Error(`Tab number ${i + 1} left the dialog`);
    seen.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
  }
  if (!seen.includes('newsletter-popup-email')) throw new Error(`Tab never came back to the e-mail field: ${seen.join(', ')}`);
  await page.locator('#newsletter-popup-email').focus();
  await page.keyboard.press('Shift+Tab');
  if (!(await focusedInPopup(page))) throw new Error('Shift+Tab from the first field left the dialog');
}

async function flow(browser, tools) {
  let first = null;
  await step('the pop-up opens after the delay: modal, named, focus inside, axe clean', async (r) => {
    first = await visitor(browser, tools);
    const response = await loadAndWaitForPopup(first, '/teot');
    const dialog = first.getByRole('dialog', { name: kTitle });
    if ((await dialog.count()) !== 1) throw new Error(`no dialog named "${kTitle}"`);
    if ((await popup(first).getAttribute('aria-labelledby')) !== 'newsletter-popup-title') throw new Error('aria-labelledby is not the heading');
    const modal = await first.evaluate(() => document.getElementById('newsletter-popup').matches(':modal'));
    if (!modal) throw new Error('the dialog is not modal');
    const focused = await first.evaluate(() => document.activeElement.id);
    if (focused !== 'newsletter-popup-email') throw new Error(`focus is on "${focused}", not the e-mail field`);
    await checkPage(r, first, 'teot, pop-up open', response);
    if ((await stored(first)) !== 'shown') throw new Error('localStorage does not say the pop-up was shown');
  });

  await step('Tab and Shift+Tab stay inside; Esc closes it and focus returns', async () => {
    await expectTabStaysInside(first);
    await first.keyboard.press('Escape');
    if (await isOpen(first)) throw new Error('Esc did not close the pop-up');
    await expectFocusReturned(first, 'after Esc');
  });

  await step('shown once: a reload and another page show no pop-up', async () => {
    await go(first, '/teot');
    await expectNoPopup(first, 'the reload');
    await go(first, '/tapahtumat');
    await expectNoPopup(first, 'another page');
    await first.context().close();
  });

  await step('EI KIITOS closes it, focus returns, and it is remembered', async () => {
    const page = await visitor(browser, tools);
    await loadAndWaitForPopup(page, '/tietoa');
    const decline = popup(page).getByRole('button', { name: 'Ei kiitos' });
    const shown = await decline.innerText();
    if (shown !== 'EI KIITOS') throw new Error(`the button reads "${shown}", not EI KIITOS`);
    await decline.click();
    if (await isOpen(page)) throw new Error('EI KIITOS did not close the pop-up');
    await expectFocusReturned(page, 'after EI KIITOS');
    if ((await stored(page)) !== 'declined') throw new Error('localStorage does not say declined');
    await go(page, '/tietoa');
    await expectNoPopup(page, 'after EI KIITOS');
    await page.context().close();
  });

  await step('LÄHETÄ posts to /uutiskirje and lands on /uutiskirje/kiitos', async (r) => {
    const page = await visitor(browser, tools);
    await loadAndWaitForPopup(page, '/tietosuoja');
    await popup(page).getByLabel('Sähköposti', { exact: true }).fill('popup.tilaaja@example.fi');
    const send = popup(page).getByRole('button', { name: 'Lähetä' });
    if ((await send.innerText()) !== 'LÄHETÄ') throw new Error('the button does not read LÄHETÄ');
    await checkPage(r, page, 'uutiskirje, kiitos', await follow(page, send));
    expectAt(page, /^\/uutiskirje\/kiitos$/, 'after LÄHETÄ');
    if ((await stored(page)) !== 'subscribed') throw new Error('localStorage does not say subscribed');
    await waitMail(run.mail, run.mailSeen, 'popup.tilaaja@example.fi', 'confirmation', 30000);
    await page.context().close();
  });

  await step('never over another open dialog; opens once that one is closed', async () => {
    const page = await visitor(browser, tools);
    await go(page, '/sv/teot');
    await page.evaluate(() => {
      const other = document.createElement('dialog');
      other.id = 'other-dialog';
      other.setAttribute('aria-label', 'Annan dialog');
      other.append(Object.assign(document.createElement('button'), { textContent: 'Stäng' }));
      document.body.append(other);
      other.showModal();
    });
    await expectNoPopup(page, 'with another dialog open');
    await page.evaluate(() => document.getElementById('other-dialog').close());
    await popup(page).waitFor({ state: 'visible', timeout: 10000 });
    await page.getByRole('dialog', { name: 'Lämna dina kontaktuppgifter…' }).waitFor();
    await page.context().close();
  });

  await step('storage blocked: never shown', async () => {
    const page = await visitor(browser, tools, { init: () => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    } });
    await go(page, '/teot');
    await expectNoPopup(page, 'storage blocked');
    await page.context().close();
  });

  await step('without JavaScript: no dialog to see, the subscribe page serves', async (r) => {
    const page = await visitor(browser, tools, { javaScriptEnabled: false });
    await go(page, '/teot');
    if (await popup(page).isVisible()) throw new Error('the closed dialog is visible without JavaScript');
    const link = page.locator('.site-footer a[href="/tietosuoja"]');
    if ((await link.count()) !== 1) throw new Error('the page is not the public page');
    const response = await go(page, '/uutiskirje');
    if (!response || response.status() !== 200) throw new Error('/uutiskirje did not answer 200');
    await page.context().close();
  });
}

runEndToEnd('e2e-popup', flow);
