// SPDX-License-Identifier: AGPL-3.0-or-later
// End to end in headless Chromium: redirects from old addresses as the programme's editor — an old address that finds nothing (404, counted), the list of such addresses, "make a redirect" with the add form's error state, the saved rule answering the old address with 301, a CSV import refused with its line numbers and then accepted, a rule deleted, an address dismissed; axe and vnu on every page on the way.
//
// Usage: node tests/browser/e2e-redirects.mjs --tori PATH [--timeout SECONDS] [--keep]
// Runs like e2e-networks.mjs (e2e-kit.mjs: `tori serve` on a demo data folder with an editor
// from `tori user add`, who sets up two-factor sign-in first).
// Prints one PASS/FAIL line per step, one for vnu, and `N passed, N failed`.
// Exit status: 0 all passed, 1 any failure, 77 Chromium, Java or aiosmtpd is missing.

import { kPageMs, watch } from './browser-kit.mjs';
import { button, checkPage, expectAt, expectText, follow, go, main, run, runEndToEnd,
  setUpEditor, step } from './e2e-kit.mjs';

const kOld = '/2019/05/vanha-juttu';
const kJunk = '/wp-login.php';

async function uploadCsv(page, name, text) {
  await main(page).locator('#redirect-csv').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return follow(page, button(page, 'Tuo tiedosto'));
}

async function flow(browser, tools, editorLink) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(kPageMs);
  await context.addInitScript(tools.axeSource);
  const editor = await context.newPage();
  watch(editor, run.sink);

  await step('editor: set the password and two-factor sign-in', async (r) => {
    await setUpEditor(r, editor, editorLink);
  });

  await step('old addresses that find nothing are counted and listed', async (r) => {
    await checkPage(r, editor, 'old address 404', await go(editor, `${kOld}/`), 404);
    await go(editor, kOld);
    await go(editor, kJunk);
    await checkPage(r, editor, 'not found list', await go(editor, '/toimitus/ohjaukset/puuttuvat'));
    await expectText(main(editor).locator('tbody tr').first(), kOld, 'the most visited address first');
  });

  await step('make a redirect: the error state, then saved and answering with 301', async (r) => {
    await checkPage(r, editor, 'redirects, old address filled in',
      await follow(editor, main(editor).getByRole('link', { name: `Tee ohjaus osoitteesta ${kOld}` })));
    await main(editor).locator('#redirect-target').fill('uusi-sivu');
    await checkPage(r, editor, 'redirects, errors', await follow(editor, button(editor, 'Tallenna ohjaus')), 422);
    await expectText(main(editor).locator('.error-summary'), 'Uuden osoitteen pitää olla polku', 'the error summary');
    await main(editor).locator('#redirect-target').fill('/teot');
    await checkPage(r, editor, 'redirects, saved', await follow(editor, button(editor, 'Tallenna ohjaus')));
    await expectText(main(editor).locator('.notice'), 'Ohjaus on tallennettu.', 'the notice');
    await go(editor, `${kOld}/`);
    expectAt(editor, /^\/teot$/, 'the old address after the redirect');
  });

  await step('a CSV import: refused with line numbers, then saved; a rule deleted', async (r) => {
    await go(editor, '/toimitus/ohjaukset');
    await checkPage(r, editor, 'redirects, CSV errors', await uploadCsv(editor, 'bad.csv', 'old,target\n/a,/b\n/b,/a\nvanha,/c\n'), 422);
    await expectText(main(editor).locator('#redirect-csv-lines'), 'Rivi 4', 'the refused line');
    await checkPage(r, editor, 'redirects, CSV imported', await uploadCsv(editor, 'ok.csv', 'old,target,note\n/a,/b,\n/?p=123,/tapahtumat,WordPress\n'));
    await expectText(main(editor).locator('.notice'), 'Tiedoston ohjaukset on tallennettu.', 'the notice');
    await checkPage(r, editor, 'redirects, deleted',
      await follow(editor, main(editor).getByRole('button', { name: 'Poista ohjaus /a' })));
    await expectText(main(editor).locator('.notice'), 'Ohjaus on poistettu.', 'the notice');
  });

  await step('an address dismissed from the list', async (r) => {
    await go(editor, '/sv/toimitus/ohjaukset/puuttuvat');
    await checkPage(r, editor, 'not found list, dismissed (sv)',
      await follow(editor, main(editor).getByRole('button', { name: `Ta bort ${kJunk} från listan` })));
    await expectText(main(editor), 'Listan har inga adresser.', 'the empty list');
  });
}

runEndToEnd('e2e-redirects', flow);
