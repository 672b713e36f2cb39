// SPDX-License-Identifier: AGPL-3.0-or-later
// End to end in headless Chromium: register for a demo event, get the confirmation through the SMTP test server with a calendar entry Python's icalendar parses, download the event's .ics, then the staff's table, check-in, a message, an organisation's workshop application, a new event from the editors' form and cancelling the event; the editors' site pages and page form; the editors' campaign entries and campaign form; a juror's invitation, scoring with the keyboard and the chair's decision; a public vote confirmed through its mail; axe and vnu on every page on the way.
//
// Usage: node tests/browser/e2e-events.mjs --tori PATH [--timeout SECONDS] [--keep]
// Runs like e2e-submission.mjs (e2e-kit.mjs: the SMTP test server, `tori serve` on a demo data
// folder with an editor from `tori user add`); a visitor and the editor each have their own
// browser context. Prints one PASS/FAIL line per step, one for vnu, and `N passed, N failed`.
// Exit status: 0 all passed, 1 any failure, 77 Chromium, Java or aiosmtpd is missing.
// Written for Node 18 and later: no newer APIs.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { kPageMs, linkIn, pathOf, state, waitMail, watch } from './browser-kit.mjs';
import { button, checkPage, expectAt, expectText, fill, follow, go, kEditor, kMailMs, main, run, runEndToEnd,
  setUpEditor, step } from './e2e-kit.mjs';

const kVisitor = { email: 'ville.vierailija@example.fi', name: 'Ville Vierailija', organisation: 'Esimerkin kaupunki' };
const kMessage = 'Pysäköinti on talon takana. Tervetuloa!';
const kCancelNote = 'Puhuja sairastui. Uusi aika kerrotaan myöhemmin.';
const kNewCampaign = { name: 'Lomakkeella luotu kampanja 2031', slug: 'lomakkeella-luotu-kampanja-2031' };
const kNewEvent = { title: 'Lomakkeella luotu kehittämispäivä Joensuussa', item: 'Tervetuloa ja avaus' };

// What Python's icalendar (another real parser) reads from `ics`: the events' summaries and
// start time zones, or throws with the parser's complaint.
function parsedByIcalendar(ics, what) {
  const file = path.join(state.tmp, `${what.replace(/[^a-z0-9]+/gi, '-')}.ics`);
  fs.writeFileSync(file, ics);
  const script = 'import icalendar, json, sys\n' +
    'c = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())\n' +
    'print(json.dumps([{"summary": str(e["SUMMARY"]), "status": str(e.get("STATUS", "")),\n' +
    '  "tz": str(e["DTSTART"].dt.tzinfo)} for e in c.walk("VEVENT")]))\n';
  const result = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`icalendar cannot read the ${what}: ${(result.stderr || '').trim().split('\n').pop()}`);
  return JSON.parse(result.stdout);
}

// The VCALENDAR of a decoded mail (its attachment), or throws.
function calendarIn(mail, what) {
  const match = /BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR\r?\n?/.exec(mail);
  if (!match) throw new Error(`the ${what} mail has no calendar attachment:\n${mail.slice(0, 1500)}`);
  return match[0];
}

function expectCalendar(events, title, status, what) {
  const event = events.find((e) => e.summary === title);
  if (!event) throw new Error(`the ${what} has no event "${title}" (${JSON.stringify(events)})`);
  if (!/Helsinki/.test(event.tz)) throw new Error(`the ${what}'s start is in ${event.tz}, not Europe/Helsinki`);
  if (event.status !== status) throw new Error(`the ${what}'s STATUS is "${event.status}", not ${status}`);
}

// An upcoming demo event open for registration, from the API.
async function openEvent(context) {
  const answer = await context.request.get(`${run.base}/api/v1/events?limit=100`);
  const items = answer.status() === 200 ? (await answer.json()).items : [];
  const open = items.find((item) => item.registration_open && item.seats_left !== 0 && !item.members_only_network);
  if (!open) throw new Error(`/api/v1/events (HTTP ${answer.status()}) has no event open for registration`);
  return open;
}

// Answers the event's own questions: the first choice of each, a text in each empty text box.
async function answerQuestions(page) {
  const form = page.locator('#registration-form');
  for (const group of await form.locator('fieldset').all()) {
    const first = group.locator('input[type=radio], input[type=checkbox]').first();
    if (await first.count()) await first.check();
  }
  for (const box of await form.locator('textarea').all()) if (!(await box.inputValue())) await box.fill('Ei erityistoiveita.');
}

async function flow(browser, tools, editorLink) {
  const [contexts, pages] = [{}, {}];
  for (const who of ['visitor', 'editor']) {
    contexts[who] = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    contexts[who].setDefaultTimeout(kPageMs);
    await contexts[who].addInitScript(tools.axeSource);
    pages[who] = await contexts[who].newPage();
    watch(pages[who], run.sink);
  }
  const { visitor, editor } = pages;
  const mail = (what) => waitMail(run.mail, run.mailSeen, kVisitor.email, what, kMailMs);
  const at = { event: null, manage: null };
  const staff = (rest) => `/toimitus/tapahtumat/${at.event.slug}${rest}`;

  await step('editor: set the password and two-factor sign-in', async (r) => {
    await setUpEditor(r, editor, editorLink);
  });

  await step('register: the form with errors, then the mail through SMTP with its calendar entry', async (r) => {
    at.event = await openEvent(contexts.visitor);
    await checkPage(r, visitor, 'registration form', await go(visitor, `/tapahtumat/${at.event.slug}/ilmoittaudu`));
    await checkPage(r, visitor, 'registration form, errors', await follow(visitor, button(visitor, 'Ilmoittaudu')), 422);
    await expectText(main(visitor).locator('.error-summary'), 'Kirjoita nimesi', 'the error summary');
    for (const [id, value] of [['name', kVisitor.name], ['email', kVisitor.email], ['organisation', kVisitor.organisation]]) {
      await visitor.locator(`#registration-${id}`).fill(value);   // labels end "(pakollinen)"
    }
    await answerQuestions(visitor);
    const thanks = await follow(visitor, button(visitor, 'Ilmoittaudu'));
    expectAt(visitor, new RegExp(`^/tapahtumat/${at.event.slug}/ilmoittaudu/kiitos$`), 'after registering');
    await checkPage(r, visitor, 'check your mail', thanks);
    const confirmation = await mail('confirmation');
    if (!confirmation.includes('Ilmoittautuminen vahvistettu')) throw new Error(`not a confirmation:\n${confirmation.slice(0, 1500)}`);
    expectCalendar(parsedByIcalendar(calendarIn(confirmation, 'confirmation'), 'mailed calendar entry'), at.event.title, 'CONFIRMED', 'mailed calendar entry');
    at.manage = linkIn(confirmation, run.base, '/ilmoittautuminen/', 'confirmation');
    await checkPage(r, visitor, 'manage registration', await go(visitor, at.manage));
  });

  await step('a hybrid event: how you take part, each way\'s seats, the error state, the mail', async (r) => {
    const answer = await contexts.visitor.request.get(`${run.base}/api/v1/events?limit=100`);
    const hybrid = (await answer.json()).items.find((item) => item.registration_open && item.separate_capacities);
    if (!hybrid) throw new Error('/api/v1/events has no open event with separate on-site and remote capacities');
    // A network's members-only meeting admits the editor (who stands in for the programme).
    const who = hybrid.members_only_network ? editor : visitor;
    const form = `/tapahtumat/${hybrid.slug}/ilmoittaudu`;
    await checkPage(r, who, 'hybrid registration form', await go(who, form));
    await expectText(main(who).locator('#registration-participation'), 'paikkaa jäljellä', 'each way\'s seats');
    const remote = { email: 'etta.etanen@example.fi', name: 'Etta Etänen' };
    for (const [id, value] of [['name', remote.name], ['email', remote.email]]) await who.locator(`#registration-${id}`).fill(value);
    await checkPage(r, who, 'hybrid registration form, no way chosen', await follow(who, button(who, 'Ilmoittaudu')), 422);
    await expectText(main(who).locator('.error-summary'), 'Valitse, osallistutko paikan päällä vai etänä', 'the error summary');
    await who.getByLabel(/^Etänä/).check();
    await follow(who, button(who, 'Ilmoittaudu'));
    expectAt(who, new RegExp(`^${form}/kiitos$`), 'after registering remotely');
    const confirmation = await waitMail(run.mail, run.mailSeen, remote.email, 'remote confirmation', kMailMs);
    if (!/, etänä\./.test(confirmation)) throw new Error(`the confirmation does not say "etänä":\n${confirmation.slice(0, 1500)}`);
    await checkPage(r, who, 'hybrid event page', await go(who, `/tapahtumat/${hybrid.slug}`));
    await expectText(main(who), 'Paikan päällä:', 'the on-site seats on the event page');
  });

  await step('the event\'s calendar file downloads in Chromium', async (r) => {
    await checkPage(r, visitor, 'event page', await go(visitor, `/tapahtumat/${at.event.slug}`));
    const [download] = await Promise.all([visitor.waitForEvent('download'),
      main(visitor).getByRole('link', { name: 'Lisää kalenteriin (.ics)' }).click()]);
    if (!download.suggestedFilename().endsWith('.ics')) throw new Error(`the download is named ${download.suggestedFilename()}`);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    expectCalendar(parsedByIcalendar(ics, 'downloaded calendar file'), at.event.title, 'CONFIRMED', 'downloaded calendar file');
  });

  await step('editor: the registrations, check-in at the door', async (r) => {
    await checkPage(r, editor, 'staff events', await go(editor, '/toimitus/tapahtumat'));
    await checkPage(r, editor, 'registrations table', await go(editor, staff('/ilmoittautuneet')));
    await expectText(main(editor).locator('table'), kVisitor.name, 'the registrations table');
    await checkPage(r, editor, 'check-in', await go(editor, staff('/sisaankirjaus')));
    await fill(editor, [['Hae nimellä tai organisaatiolla', 'vierailija']]);
    await checkPage(r, editor, 'check-in, found', await follow(editor, button(editor, 'Hae')));
    await follow(editor, main(editor).locator('.check-in__person', { hasText: kVisitor.name }).locator('button'));
    await expectText(main(editor), 'Merkitty paikalla.', 'the check-in notice');
  });

  await step('editor: a message to the registrants, its error state, the mail', async (r) => {
    await checkPage(r, editor, 'message form', await go(editor, staff('/viesti')));
    await checkPage(r, editor, 'message form, errors', await follow(editor, button(editor, 'Lähetä viesti')), 422);
    await fill(editor, [['Aihe', 'Pysäköinti'], ['Viesti', kMessage]]);
    const sent = await follow(editor, button(editor, 'Lähetä viesti'));
    expectAt(editor, new RegExp(`^${staff('/viesti')}\\?ilmoitus=message_sent$`), 'after sending');
    await checkPage(r, editor, 'message sent', sent);
    const message = await mail('message');
    if (!message.includes(kMessage)) throw new Error(`the mail lacks the message:\n${message.slice(0, 1500)}`);
  });

  await step('editor: the campaigns and one campaign\'s entries', async (r) => {
    await checkPage(r, editor, 'staff campaigns', await go(editor, '/toimitus/kampanjat'));
    // The 12 demo practices of this run are older than every demo campaign: the first campaign's
    // page has no entries to move (moves are tested in campaign_editor_pages_test.cpp).
    await checkPage(r, editor, 'campaign entries', await follow(editor, main(editor).locator('tbody tr a').first()));
    await expectText(main(editor), 'Kampanjassa ei ole vielä osallistuvia tekoja.', 'a campaign without entries');
  });

  await step('editor: the campaign form, its error state, more rows, a new campaign, an edit form', async (r) => {
    await go(editor, '/toimitus/kampanjat');
    await checkPage(r, editor, 'new campaign form', await follow(editor, main(editor).getByRole('link', { name: 'Uusi kampanja', exact: true })));
    await checkPage(r, editor, 'new campaign form, errors', await follow(editor, button(editor, 'Luo kampanja')), 422);
    await expectText(main(editor).locator('.error-summary'), 'Täytä kohta ”Nimi”', 'the error summary');
    await checkPage(r, editor, 'new campaign form, more rows', await follow(editor, main(editor).getByRole('button', { name: /^Lisää rivejä\s*\(Sarjat\)$/ })));
    if (await editor.locator('#campaign-category4_name').count() !== 1) throw new Error('"Lisää rivejä" did not add three category rows');
    for (const [id, value] of [['name', kNewCampaign.name], ['year', '2031'], ['collecting_from', '1.3.2031'],
      ['collecting_until', '30.9.2031'], ['gala_date', '20.11.2031'], ['category0_name', 'Vuoden viestintäteko'],
      ['criterion0_name', 'Vaikuttavuus'], ['criterion0_weight', '100']]) {
      await editor.locator(`#campaign-${id}`).fill(value);
    }
    await follow(editor, button(editor, 'Luo kampanja'));
    expectAt(editor, new RegExp(`^/toimitus/kampanjat/${kNewCampaign.slug}\\?ilmoitus=campaign_created$`), 'after creating the campaign');
    await expectText(main(editor), 'Kampanja on luotu.', 'the notice after creating');
    await checkPage(r, editor, 'edit form of the new campaign', await follow(editor, main(editor).getByRole('link', { name: 'Muokkaa kampanjan tietoja' })));
    // A demo campaign's edit form: the first one listed, with its stored rows.
    await go(editor, '/toimitus/kampanjat');
    await checkPage(r, editor, 'edit form of a demo campaign', await follow(editor, main(editor).locator('tbody tr').last().getByRole('link', { name: /^Muokkaa/ })));
  });

  await step('the jury: an invitation, scoring with the keyboard, the chair decides', async (r) => {
    // e2e-campaign.jsonl: a campaign in its jury phase with the editor as its one juror.
    await checkPage(r, editor, 'campaign entries and jury', await go(editor, '/toimitus/kampanjat/e2e-raati'));
    const invite = main(editor).getByRole('button', { name: /^Lähetä kutsu\s*: Eeva Editori$/ });
    if (await invite.count() !== 1) throw new Error(`${await invite.count()} invitation buttons for the juror`);
    await invite.focus();   // the keyboard: Enter on the focused button
    await Promise.all([editor.waitForNavigation({ waitUntil: 'load' }), editor.keyboard.press('Enter')]);
    await expectText(main(editor), 'Kutsu on lähetetty.', 'the notice after inviting');
    const invitation = await waitMail(run.mail, run.mailSeen, kEditor.email, 'jury invitation', kMailMs);
    const link = linkIn(invitation, run.base, '/raati/kutsu/', 'jury invitation');
    await checkPage(r, editor, 'jury invitation', await go(editor, link));
    await follow(editor, button(editor, 'Hyväksy kutsu'));
    expectAt(editor, /^\/raati\/e2e-raati$/, 'after accepting');
    await checkPage(r, editor, 'jury campaign', await go(editor, '/raati/e2e-raati'));
    await checkPage(r, editor, 'jury pack', await follow(editor, main(editor).getByRole('link', { name: /^Tulostettava aineisto\s*: Koko organisaation teko$/ })));
    await go(editor, '/raati/e2e-raati');
    await checkPage(r, editor, 'jury entry', await follow(editor, main(editor).locator('tbody a').first()));
    const entry = pathOf(editor.url());
    await checkPage(r, editor, 'jury entry, errors', await follow(editor, button(editor, 'Lähetä arvio')), 422);
    await expectText(main(editor).locator('.error-summary'), 'Anna pisteet jokaiseen kriteeriin', 'the error summary');
    // The keyboard alone: to the first value of the first criterion, then arrows and space.
    await editor.locator('#jury-score-vaikuttavuus').focus();
    await editor.keyboard.press('ArrowRight');   // 2
    await editor.keyboard.press('ArrowRight');   // 3
    await editor.locator('#jury-score-siirrettavyys').focus();
    await editor.keyboard.press('Space');        // 1
    await editor.locator('#jury-comment').focus();
    await editor.keyboard.type('Selkeä ja siirrettävä.');
    await follow(editor, button(editor, 'Lähetä arvio'));
    expectAt(editor, new RegExp(`^${entry}\\?ilmoitus=review_submitted$`), 'after submitting');
    if (!(await editor.locator('#jury-score-vaikuttavuus-3').isChecked())) throw new Error('the keyboard did not choose 3');
    await checkPage(r, editor, 'jury entry, submitted', await go(editor, entry));
    await go(editor, '/toimitus/kampanjat/e2e-raati');
    await follow(editor, main(editor).getByRole('button', { name: /^Nimeä puheenjohtajaksi\s*: Eeva Editori$/ }));
    await checkPage(r, editor, 'jury results', await go(editor, '/raati/e2e-raati/tulokset'));
    const select = main(editor).locator('select').first();
    await select.selectOption('winner');
    await checkPage(r, editor, 'jury results, errors', await follow(editor, main(editor).getByRole('button', { name: /^Tallenna päätös\s*: Koko organisaation teko$/ })), 422);
    await main(editor).locator('textarea').first().fill('Raadin perustelu.');
    await follow(editor, main(editor).getByRole('button', { name: /^Tallenna päätös\s*: Koko organisaation teko$/ }));
    await expectText(main(editor), 'Päätös on tallennettu.', 'the notice after deciding');
    await checkPage(r, editor, 'results news draft', await go(editor, '/toimitus/kampanjat/e2e-raati/tiedote'));
    await expectText(main(editor), 'Raati palkitsi 1 teon', 'the draft names the decided award');
  });

  await step('the public vote: the form with errors, the mail, the confirmation', async (r) => {
    await checkPage(r, visitor, 'campaign with a public vote', await go(visitor, '/kampanjat/e2e-raati'));
    await checkPage(r, visitor, 'vote form', await follow(visitor, main(visitor).getByRole('link', { name: 'Äänestä sarjassa Koko organisaation teko' })));
    await visitor.waitForTimeout(3500);   // a form sent at once is a script's
    await checkPage(r, visitor, 'vote form, errors', await follow(visitor, button(visitor, 'Lähetä ääni')), 422);
    await expectText(main(visitor).locator('.error-summary'), 'Valitse teko', 'the error summary');
    await main(visitor).locator('input[name=practice]').first().check();
    await visitor.locator('#vote-email').fill(kVisitor.email);
    await visitor.waitForTimeout(3500);
    await checkPage(r, visitor, 'vote sent', await follow(visitor, button(visitor, 'Lähetä ääni')));
    const link = linkIn(await mail('vote confirmation'), run.base, '/aanestys/', 'vote confirmation');
    await checkPage(r, visitor, 'vote confirmation', await go(visitor, link));
    await checkPage(r, visitor, 'vote confirmed', await follow(visitor, button(visitor, 'Vahvista ääni')));
    await expectText(main(visitor), 'Äänesi on kirjattu.', 'the notice after confirming');
  });

  await step('an organisation applies for a workshop: errors, the mail, the editor accepts', async (r) => {
    await checkPage(r, visitor, 'workshops', await go(visitor, '/tyopajat'));
    await checkPage(r, visitor, 'application form', await go(visitor, '/hakemus/tyopaja'));
    await checkPage(r, visitor, 'application form, errors', await follow(visitor, button(visitor, 'Lähetä hakemus')), 422);
    for (const [id, value] of [['contact_name', kVisitor.name], ['email', kVisitor.email], ['organisation', kVisitor.organisation],
      ['staff_size', '350'], ['development', 'Uusien työntekijöiden perehdytys'], ['q-osallistujat', 'Esihenkilöt, 12 henkeä']]) {
      await visitor.locator(`#application-${id}`).fill(value);
    }
    await visitor.locator('#application-month-3').check();
    await checkPage(r, visitor, 'application sent', await follow(visitor, button(visitor, 'Lähetä hakemus')));
    const received = await mail('application received');
    if (!received.includes(kVisitor.organisation)) throw new Error(`not the application's mail:\n${received.slice(0, 1500)}`);
    await checkPage(r, editor, 'applications', await go(editor, '/toimitus/hakemukset'));
    const one = await follow(editor, main(editor).getByRole('link', { name: kVisitor.organisation, exact: true }));
    await checkPage(r, editor, 'application', one);
    await follow(editor, button(editor, 'Hyväksy'));
    await checkPage(r, editor, 'application, accepted', await go(editor, pathOf(editor.url())));
  });

  await step('editor: a new event from the form, its errors, more rows, then its public page', async (r) => {
    await go(editor, '/toimitus/tapahtumat');
    await checkPage(r, editor, 'new event form', await follow(editor, main(editor).getByRole('link', { name: 'Uusi tapahtuma', exact: true })));
    const day = new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10);
    await fill(editor, [['Nimi (pakollinen)', kNewEvent.title], ['Alkamispäivä (pakollinen)', day], ['Alkamisaika (pakollinen)', '09:30'],
      ['Päättymisaika (pakollinen)', '15:00'], ['Paikan nimi', 'Joensuun kaupungintalo'], ['Kunta', 'Joensuu'], ['Paikkoja', 'neljäkymmentä']]);
    await editor.locator('#event-q0_id').fill('Ruoka juoma');   // not a code: letters, digits, _ and - only
    await editor.locator('#event-q0_label').fill('Ruokavalio');
    await checkPage(r, editor, 'new event form, errors', await follow(editor, button(editor, 'Luo tapahtuma')), 422);
    await expectText(main(editor).locator('.error-summary'), 'Anna paikkojen määrä numeroina', 'the error summary');
    await expectText(main(editor).locator('#event-q0_id-error'), 'Tunnisteessa saa olla vain', 'the error beside the code');
    if (await editor.locator('#event-title').inputValue() !== kNewEvent.title) throw new Error('the typed title was not kept');
    await fill(editor, [['Paikkoja', '40']]);
    await editor.locator('#event-q0_id').fill('ruokavalio');
    await checkPage(r, editor, 'new event form, more rows', await follow(editor, button(editor, 'Lisää rivejä (Ohjelma)')));
    if (!(await editor.locator('#event-p4_title').count())) throw new Error('no more programme rows');
    await editor.locator('#event-p0_time').fill('09:30');
    await editor.locator('#event-p0_title').fill(kNewEvent.item);
    await follow(editor, button(editor, 'Luo tapahtuma'));
    expectAt(editor, /^\/toimitus\/tapahtumat\?ilmoitus=event_created$/, 'after creating the event');
    await expectText(main(editor), 'Tapahtuma on luotu.', 'the events list');
    const href = await main(editor).getByRole('link', { name: kNewEvent.title, exact: true }).getAttribute('href');
    await checkPage(r, visitor, 'new event page', await go(visitor, href));
    await expectText(main(visitor).locator('h1'), kNewEvent.title, 'the new event page');
    await expectText(main(visitor), kNewEvent.item, 'the new event page');
    await checkPage(r, editor, 'edit event form', await go(editor, `/toimitus${href}/muokkaa`));
  });

  await step('editor: the site pages, a page\'s form with its preview, the new page form\'s errors', async (r) => {
    await checkPage(r, editor, 'site pages', await go(editor, '/toimitus/sivut'));
    await checkPage(r, editor, 'site page form', await go(editor, '/toimitus/sivut/palvelut/muokkaa'));
    await checkPage(r, editor, 'site page preview', await follow(editor, button(editor, 'Esikatsele')));
    await expectText(main(editor).locator('.page-form__preview').first(), 'Ohjelma tarjoaa', 'the preview');
    await checkPage(r, editor, 'new site page form', await go(editor, '/toimitus/sivut/uusi'));
    await editor.locator('#page-slug').fill('teot');
    await checkPage(r, editor, 'new site page form, errors', await follow(editor, button(editor, 'Tallenna sivu')), 422);
    await expectText(main(editor).locator('#page-slug-error'), 'Sivuston omia osoitteita', 'the error beside the address');
  });

  await step('editor: the episodes, an episode\'s form with its audio kept and its preview, a new episode\'s errors', async (r) => {
    await checkPage(r, editor, 'episode list', await go(editor, '/toimitus/podcast'));
    await checkPage(r, editor, 'episode form', await go(editor, '/toimitus/podcast/torikahvit-1-kun-tyonkuva-laajenee/muokkaa'));
    await expectText(main(editor).locator('#episode-audio-kept'), 'Tallennettu äänitiedosto', 'the stored audio named');
    await checkPage(r, editor, 'episode preview', await follow(editor, button(editor, 'Esikatsele')));
    await checkPage(r, editor, 'new episode form', await go(editor, '/toimitus/podcast/uusi'));
    await editor.locator('#episode-duration').fill('25 min');
    await checkPage(r, editor, 'new episode, errors', await follow(editor, button(editor, 'Tallenna jakso')), 422);
    await expectText(main(editor).locator('#episode-duration-error'), '42:05', 'the error beside the duration');
  });

  await step('editor: the news editor\'s form and errors, a delete refused unconfirmed, the newsletters, a new issue\'s preview with its blocks, a draft, sending refused unconfirmed', async (r) => {
    await checkPage(r, editor, 'news editor list', await go(editor, '/toimitus/uutiset'));
    await checkPage(r, editor, 'news editor form', await go(editor, '/toimitus/uutiset/uusi'));
    await checkPage(r, editor, 'news editor, errors', await follow(editor, button(editor, 'Tallenna uutinen')), 422);
    await checkPage(r, editor, 'news edit form', await go(editor, '/toimitus/uutiset/tyopaikkakaynnit-30-organisaatiossa/muokkaa'));
    await checkPage(r, editor, 'news delete, unconfirmed', await follow(editor, button(editor, 'Poista uutinen')), 422);
    await expectText(main(editor).locator('#news-delete-error'), 'rastittamalla', 'the error beside the box');
    await checkPage(r, editor, 'newsletters', await go(editor, '/toimitus/uutiskirjeet'));
    await checkPage(r, editor, 'sent newsletter', await go(editor, '/toimitus/uutiskirjeet/uutiskirje-2026-11'));
    await checkPage(r, editor, 'new newsletter form', await go(editor, '/toimitus/uutiskirjeet/uusi'));
    await editor.locator('#issue-slug').fill('e2e-joulukuu');
    await editor.locator('#issue-subject').fill('Joulukuun uutiskirje');
    await editor.locator('#issue-body').fill('Hei!\n\n## Vuoden satoa\n\nKiitos **kaikille**.');
    await checkPage(r, editor, 'newsletter preview', await follow(editor, button(editor, 'Esikatsele')));
    await expectText(main(editor).locator('.page-form__preview'), 'Tulevat tapahtumat', 'the preview\'s events block');
    const saved = await follow(editor, button(editor, 'Tallenna luonnos'));
    expectAt(editor, /^\/toimitus\/uutiskirjeet\/e2e-joulukuu\?ilmoitus=newsletter_saved$/, 'after saving the draft');
    await checkPage(r, editor, 'newsletter draft', saved);
    await checkPage(r, editor, 'newsletter send, unconfirmed', await follow(editor, button(editor, 'Lähetä uutiskirje')), 422);
    await expectText(main(editor).locator('#send-confirm-error'), 'Vahvista', 'the error beside the confirmation');
  });

  await step('editor cancels the event; the registrant is told, every page says so', async (r) => {
    await checkPage(r, editor, 'cancel event', await go(editor, staff('/peru')));
    await fill(editor, [['Syy ja lisätiedot (valinnainen)', kCancelNote]]);
    await follow(editor, button(editor, 'Peru tapahtuma ja ilmoita ilmoittautuneille'));
    expectAt(editor, new RegExp(`^${staff('/ilmoittautuneet')}\\?ilmoitus=event_cancelled$`), 'after cancelling');
    const cancelled = await mail('cancellation');
    if (!cancelled.includes(kCancelNote)) throw new Error(`the mail lacks the note:\n${cancelled.slice(0, 1500)}`);
    expectCalendar(parsedByIcalendar(calendarIn(cancelled, 'cancellation'), 'cancelled calendar entry'), at.event.title, 'CANCELLED', 'cancelled calendar entry');
    await checkPage(r, visitor, 'cancelled event', await go(visitor, `/tapahtumat/${at.event.slug}`));
    await expectText(main(visitor), 'Tapahtuma on peruttu.', 'the event page');
    await checkPage(r, visitor, 'manage, event cancelled', await go(visitor, at.manage));
    await checkPage(r, visitor, 'registration form, cancelled', await go(visitor, `/tapahtumat/${at.event.slug}/ilmoittaudu`));
    await expectText(main(visitor), 'Tapahtuma on peruttu.', 'the registration form');
    if (pathOf(visitor.url()) !== `/tapahtumat/${at.event.slug}/ilmoittaudu`) throw new Error('the form redirected');
  });
}

runEndToEnd('e2e-events', flow);
