// SPDX-License-Identifier: AGPL-3.0-or-later
// End to end in headless Chromium: a development network's public page, its members' area as the programme's editor (a leader's rights): an idea on the board with its error state, a comment and a support, a forward of picked items with its error state and its mail through the SMTP test server, the permanent record; the shared costs with their form and history; the network's own form with its error state, more rows, a new meeting and a result; the join page; a members-only meeting's event page and its registration refused to a visitor; axe and vnu on every page on the way.
//
// Usage: node tests/browser/e2e-networks.mjs --tori PATH [--timeout SECONDS] [--keep]
// Runs like e2e-events.mjs (e2e-kit.mjs: the SMTP test server, `tori serve` on a demo data folder
// with an editor from `tori user add`, who sets up two-factor sign-in first).
// Prints one PASS/FAIL line per step, one for vnu, and `N passed, N failed`.
// Exit status: 0 all passed, 1 any failure, 77 Chromium, Java or aiosmtpd is missing.

import { kPageMs, waitMail, watch } from './browser-kit.mjs';
import { button, checkPage, expectAt, expectText, follow, go, kMailMs, main, run, runEndToEnd,
  setUpEditor, step } from './e2e-kit.mjs';

const kNetwork = '/verkostot/nuoret-kuntatyossa';
const kIdea = 'Uusille työntekijöille kummi toisesta yksiköstä.';
const kRecipient = { name: 'Kunta-alan kehittämisjaos', email: 'kehittamisjaos@example.fi' };
// The first practice of data/demo/practices.jsonl, in every demo however small.
const kResult = { slug: 'henkiloston-ideat-kokeiluiksi-sisainen-kokeilurahasto', title: 'Henkilöstön ideat kokeiluiksi' };

async function flow(browser, tools, editorLink) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(kPageMs);
  await context.addInitScript(tools.axeSource);
  const editor = await context.newPage();
  watch(editor, run.sink);

  await step('editor: set the password and two-factor sign-in', async (r) => {
    await setUpEditor(r, editor, editorLink);
  });

  await step('the members\' area: an idea with its error state, a comment, a support', async (r) => {
    await checkPage(r, editor, 'network', await go(editor, kNetwork));
    await checkPage(r, editor, 'members\' area',
      await follow(editor, main(editor).getByRole('link', { name: 'Verkoston jäsenalue' })));
    await checkPage(r, editor, 'members\' area, idea errors', await follow(editor, button(editor, 'Lisää ideataululle')), 422);
    await expectText(main(editor).locator('#idea-form .error-summary'), 'Tämä tieto puuttuu', 'the error summary');
    await editor.locator('#idea-form-quadrant').selectOption('idea');
    await editor.locator('#idea-form-text').fill(kIdea);
    await checkPage(r, editor, 'members\' area, idea added', await follow(editor, button(editor, 'Lisää ideataululle')));
    await expectText(main(editor).locator('.notice'), 'Kirjaus lisättiin ideataululle.', 'the notice');
    const idea = main(editor).locator('li.network-idea', { hasText: kIdea });
    await idea.locator('summary').click();
    await idea.getByLabel('Kommentti', { exact: true }).fill('Hyvä ajatus, kokeillaan.');
    await checkPage(r, editor, 'members\' area, commented', await follow(editor, idea.getByRole('button', { name: 'Lähetä kommentti' })));
    await expectText(main(editor).locator('li.network-idea', { hasText: kIdea }), 'Hyvä ajatus, kokeillaan.', 'the comment');
    await follow(editor, main(editor).locator('li.network-idea', { hasText: kIdea }).getByRole('button', { name: /^Kannata/ }));
    await expectText(main(editor).locator('li.network-idea', { hasText: kIdea }), '1 kannatus', 'the support');
  });

  await step('a leader forwards items: the error state, the mail through SMTP, the record', async (r) => {
    await main(editor).locator('#forward-form-recipients').fill(kRecipient.name);
    await checkPage(r, editor, 'forward, errors', await follow(editor, button(editor, 'Lähetä ja kirjaa')), 422);
    await expectText(main(editor).locator('#forward-form .error-summary'), 'Valitse vähintään yksi kohta', 'the error summary');
    await main(editor).locator('#forward-form').getByLabel(new RegExp(kIdea)).check();
    await main(editor).locator('#forward-form-addresses').fill(kRecipient.email);
    await main(editor).locator('#forward-form-note').fill('Verkoston ehdotus syksyn kokoukseen.');
    await checkPage(r, editor, 'forwarded', await follow(editor, button(editor, 'Lähetä ja kirjaa')));
    expectAt(editor, /^\/verkostot\/nuoret-kuntatyossa\/jasenalue\?ilmoitus=network_forwarded$/, 'after forwarding');
    const mail = await waitMail(run.mail, run.mailSeen, kRecipient.email, 'forward', kMailMs);
    for (const text of ['Nuoret kuntatyössä', kIdea, 'Verkoston ehdotus syksyn kokoukseen.'])
      if (!mail.includes(text)) throw new Error(`the forward mail lacks "${text}":\n${mail.slice(0, 1500)}`);
    await expectText(main(editor).locator('.network__forwards'), kRecipient.email, 'the record');
  });

  await step('the shared costs: the summary, the form with its error state, a change, the history', async (r) => {
    await checkPage(r, editor, 'costs', await go(editor, '/verkostot/turvallisesti-toissa/kustannukset'));
    await checkPage(r, editor, 'costs form', await follow(editor, main(editor).getByRole('link', { name: 'Muokkaa kustannuksia' })));
    await editor.locator('#costs-day_fee').fill('paljon');
    await checkPage(r, editor, 'costs form, errors', await follow(editor, button(editor, 'Tallenna kustannukset')), 422);
    await expectText(main(editor).locator('.error-summary'), 'Kirjoita päiväpalkkio euroina', 'the error summary');
    await editor.locator('#costs-day_fee').fill('1 700,00');
    await checkPage(r, editor, 'costs saved', await follow(editor, button(editor, 'Tallenna kustannukset')));
    expectAt(editor, /^\/verkostot\/turvallisesti-toissa\/kustannukset/, 'after saving');
    await expectText(main(editor), '700,00', 'the new fee');   // 1 700,00 € with a no-break space
  });

  await step('the network\'s own form: its error state, more rows, a meeting and a result added', async (r) => {
    await go(editor, `${kNetwork}/jasenalue`);
    await checkPage(r, editor, 'edit form',
      await follow(editor, main(editor).getByRole('link', { name: 'Muokkaa verkostoa' })));
    await editor.locator('#edit-results').fill('/teot/ei-ole-olemassa');
    await checkPage(r, editor, 'edit form, errors', await follow(editor, button(editor, 'Tallenna muutokset')), 422);
    await expectText(main(editor).locator('.error-summary'), 'tekoa ei löydy', 'the error summary');
    await editor.locator('#edit-results').fill(`/teot/${kResult.slug}`);
    await checkPage(r, editor, 'edit form, more rows', await follow(editor, button(editor, 'Lisää rivejä')));
    const blank = await main(editor).locator('input[type="date"][value=""]').first().getAttribute('id');
    const row = blank.replace(/_date$/, '');
    await editor.locator(`#${blank}`).fill('2027-06-09');
    await editor.locator(`#${row}_place`).fill('Oulu, kaupungintalo');
    await editor.locator(`#${row}_registration`).selectOption('open');
    await editor.locator(`#${row}_agenda`).fill('Klo 9–15.\n\n1. Kesän kuulumiset');
    await checkPage(r, editor, 'edit saved', await follow(editor, button(editor, 'Tallenna muutokset')));
    expectAt(editor, /^\/verkostot\/nuoret-kuntatyossa\?ilmoitus=saved$/, 'after saving');
    await expectText(main(editor).locator('.notice'), 'Tiedot on tallennettu.', 'the notice');
    await expectText(main(editor).locator('.network__results'), kResult.title, 'the result');
    await expectText(main(editor).locator('.network__meetings').first(), 'Oulu, kaupungintalo', 'the new meeting');
  });

  await step('the join page and the public page with the forwards', async (r) => {
    await checkPage(r, editor, 'join', await go(editor, `${kNetwork}/liity`));
    await expectText(main(editor), 'Liittymispyynnön voi lähettää', 'the join page');
    await checkPage(r, editor, 'network, forwarded', await go(editor, kNetwork));
    await expectText(main(editor).locator('.network__forwards'), 'Verkoston ehdotus syksyn kokoukseen.', 'the public record');
  });

  await step('a members-only meeting: the event page says so, a visitor is sent to log in or told why', async (r) => {
    const visitor = await context.browser().newContext({ viewport: { width: 1280, height: 800 } });
    visitor.setDefaultTimeout(kPageMs);
    await visitor.addInitScript(tools.axeSource);
    const page = await visitor.newPage();
    watch(page, run.sink);
    const answer = await visitor.request.get(`${run.base}/api/v1/events?limit=100`);
    const meeting = (await answer.json()).items.find((item) => item.members_only_network === 'nuoret-kuntatyossa' && item.registration_open);
    if (!meeting) throw new Error('/api/v1/events has no open members-only meeting of nuoret-kuntatyossa');
    await checkPage(r, page, 'members-only meeting', await go(page, `/tapahtumat/${meeting.slug}`));
    await expectText(main(page), 'Vain verkoston Nuoret kuntatyössä jäsenille', 'the event page');
    await go(page, `/tapahtumat/${meeting.slug}/ilmoittaudu`);
    expectAt(page, /^\/kirjaudu\?seuraava=/, 'a visitor opening the form');
    const [refused] = await Promise.all([page.waitForNavigation(), page.evaluate((action) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = action;
      document.body.append(form);
      form.submit();
    }, `/tapahtumat/${meeting.slug}/ilmoittaudu`)]);
    await checkPage(r, page, 'members-only registration refused', refused, 403);
    await expectText(main(page), 'vain verkoston Nuoret kuntatyössä jäsenille', 'the refusal');
    await visitor.close();
  });
}

runEndToEnd('e2e-networks', flow);
