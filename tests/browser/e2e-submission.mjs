// SPDX-License-Identifier: AGPL-3.0-or-later
// End to end in headless Chromium: sign up, verify by mail, join, write a practice over two sessions, review, request changes, publish; axe and vnu on every page type on the way.
//
// Usage: node tests/browser/e2e-submission.mjs --tori PATH [--timeout SECONDS] [--keep]
// Starts the SMTP test server (src/tori/mail/smtp_test_server.py) and `tori serve` on a demo
// data folder with an editor from `tori user add`; an author and the editor each have their
// own browser context. Prints one PASS/FAIL line per step (a failed step ends the flow), one
// line for the single vnu run over the saved pages, and `N passed, N failed`. Exit status: 0
// all passed, 1 any failure, 77 Chromium, Java or aiosmtpd is missing (ctest's SKIP_RETURN_CODE).
// Written for Node 18 and later: no newer APIs.

import zlib from 'node:zlib';

import { kPageMs, linkIn, waitMail, watch } from './browser-kit.mjs';
import { button, checkPage, expectAt, expectText, fill, follow, go, kMailMs, logIn, main, run, runEndToEnd,
  setUpEditor, step } from './e2e-kit.mjs';

const kAuthor = { email: 'maija.meikalainen@example.fi', name: 'Maija Meikäläinen', password: 'pitkä salasana 12345' };
const kTitle = 'Kummitoiminta uusille hoitajille';
const kChanges = 'Lisää tuloksiin luvut ennen ja jälkeen, kiitos.';
const kImageAlt = 'Kaksi hoitajaa kahvihuoneessa';

// --- a tiny PNG --------------------------------------------------------------------------------

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// A valid 2×2 RGB PNG (four colours), built here so the test needs no fixture.
function tinyPng() {
  const chunk = (type, data) => {
    const [head, crc] = [Buffer.alloc(8), Buffer.alloc(4)];
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);   // 2×2, 8 bits, RGB
  const rows = Buffer.from([0, 200, 40, 40, 40, 160, 60, 0, 40, 80, 200, 240, 200, 40]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

// --- the flow ------------------------------------------------------------------------------

async function flow(browser, tools, editorLink) {
  const [contexts, pages] = [{}, {}];
  for (const who of ['author', 'editor', 'visitor']) {
    contexts[who] = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts[who].setDefaultTimeout(kPageMs);
    await contexts[who].addInitScript(tools.axeSource);
    pages[who] = await contexts[who].newPage();
    watch(pages[who], run.sink);
  }
  const { author, editor, visitor } = pages;
  const mail = (what) => waitMail(run.mail, run.mailSeen, kAuthor.email, what, kMailMs);
  const at = { organisation: null, slug: null, image: false, editLink: null };
  const practicePath = (rest = '') => new RegExp(`^/teot/${at.slug}${rest}$`);
  const sections = () => main(author).getByRole('group', { name: 'Teon kuvaus' }).getByRole('textbox');
  const hasImage = async (page) => (await main(page).locator(`img[alt="${kImageAlt}"]`).count()) > 0;

  await step('sign up', async (r) => {
    await checkPage(r, author, 'sign-up', await go(author, '/rekisteroidy'));
    await fill(author, [['Sähköpostiosoite', kAuthor.email], ['Nimi', kAuthor.name],
      ['Uusi salasana', kAuthor.password], ['Uusi salasana uudelleen', kAuthor.password]]);
    await follow(author, button(author, 'Luo tunnus'));
    expectAt(author, /^\/rekisteroidy\/tarkista$/, 'after signing up');
  });

  await step('verify the address from the mail, log in', async (r) => {
    const link = linkIn(await mail('verification'), run.base, '/vahvista/', 'verification');
    await checkPage(r, author, 'verify address', await go(author, link));
    await follow(author, button(author, 'Vahvista osoite'));
    expectAt(author, /^\/kirjaudu\?vahvistettu=1$/, 'after verifying');
    const response = await logIn(author, kAuthor);
    expectAt(author, /^\/omat-tiedot$/, 'after logging in');
    await checkPage(r, author, 'my account', response);
  });

  await step('ask to join an organisation', async (r) => {
    await checkPage(r, author, 'organisations', await go(author, '/omat-tiedot/organisaatiot'));
    const select = main(author).getByLabel('Organisaatio', { exact: true });
    const options = await select.locator('option').evaluateAll((all) => all.map((o) => ({ value: o.value, label: o.textContent.trim() })));
    at.organisation = options.find((o) => o.value);
    if (!at.organisation) throw new Error('the organisation list is empty (did `tori demo` add any?)');
    await select.selectOption(at.organisation.value);
    await fill(author, [['Viesti hyväksyjälle', 'Olen osastonhoitaja.']]);
    await follow(author, button(author, 'Pyydä jäsenyyttä'));
    expectAt(author, /^\/omat-tiedot\/organisaatiot\?pyydetty=1$/, 'after asking');
    await expectText(main(author), 'odottaa hyväksyntää', 'the pending membership');
  });

  await step('editor: set the password and two-factor sign-in', async (r) => {
    await setUpEditor(r, editor, editorLink);
  });

  await step('editor approves the membership', async (r) => {
    await checkPage(r, editor, 'membership requests', await go(editor, '/toimitus/jasenyydet'));
    const request = main(editor).locator('form', { hasText: kAuthor.email });
    await follow(editor, request.getByRole('button', { name: 'Hyväksy', exact: true }));
    await mail('membership approved');
    await go(author, '/omat-tiedot/organisaatiot');
    await expectText(main(author).locator('li', { hasText: at.organisation.label }), 'jäsen', 'the approved membership');
  });

  await step('practice form: submit it empty, then save a draft', async (r) => {
    await checkPage(r, author, 'practice form', await go(author, '/teot/uusi'));
    const errors = await follow(author, button(author, 'Lähetä toimitukselle'));
    await checkPage(r, author, 'practice form, errors', errors, 422);
    await expectText(main(author).locator('.error-summary'), 'Kirjoita otsikko', 'the error summary');
    await fill(author, [['Otsikko', kTitle], ['Tiivistelmä', 'Uudet hoitajat saavat kokeneen kummin puoleksi vuodeksi.']]);
    await main(author).getByLabel('Lisää kuva').setInputFiles({ name: 'kummit.png', mimeType: 'image/png', buffer: tinyPng() });
    await fill(author, [['Uuden kuvan tekstivastine', kImageAlt]]);
    at.image = true;
    await follow(author, button(author, 'Tallenna luonnos'));
    at.slug = expectAt(author, /^\/teot\/[^/]+\/muokkaa\?tallennettu=1$/, 'after saving the draft').split('/')[2];
    await expectText(main(author), 'Luonnos on tallennettu', 'the saved notice');
    if (at.image && !(await hasImage(author))) throw new Error('the uploaded image is not on the saved draft');
  });

  await step('log out and back in: the draft survives', async () => {
    await go(author, '/omat-tiedot');
    await follow(author, button(author, 'Kirjaudu ulos'));
    await go(author, `/teot/${at.slug}/muokkaa`);
    expectAt(author, /^\/kirjaudu\?/, 'the draft while logged out');
    await go(author, '/kirjaudu');
    await logIn(author, kAuthor);
    await follow(author, main(author).getByRole('link', { name: kTitle }));
    expectAt(author, practicePath('/muokkaa'), 'the draft from my account');
    const title = await main(author).getByLabel('Otsikko', { exact: true }).inputValue();
    if (title !== kTitle) throw new Error(`the draft's title is "${title}", not "${kTitle}"`);
    if (at.image && !(await hasImage(author))) throw new Error('the uploaded image is gone from the draft');
  });

  await step('with JavaScript: a character counter, and the draft saves itself', async () => {
    await expectText(main(author).locator('#practice-title-counter'), '/ 200', 'the title\'s counter');
    const summary = 'Kokenut kummi puoleksi vuodeksi jokaiselle uudelle hoitajalle.';
    await author.locator('#practice-form').evaluate((form) => form.setAttribute('data-autosave-delay', '300'));
    await fill(author, [['Tiivistelmä', summary]]);
    await author.locator('#practice-form-status', { hasText: 'Luonnos tallennettu' }).waitFor({ timeout: 15000 })
      .catch(() => { throw new Error('the autosave status never said "Luonnos tallennettu"'); });
    await author.reload();
    const saved = await main(author).getByLabel('Tiivistelmä', { exact: true }).inputValue();
    if (saved !== summary) throw new Error(`after autosave and reload the summary is "${saved}"`);
  });

  await step('finish, preview and submit', async (r) => {
    await main(author).getByRole('group', { name: 'Vaihe' }).getByRole('radio').first().check();
    await main(author).getByRole('group', { name: 'Teemat' }).getByRole('checkbox').first().check();
    await sections().nth(0).fill('Uusista hoitajista kolmannes lähti ensimmäisen vuoden aikana.');
    await sections().nth(1).fill('Jokainen uusi hoitaja saa kokeneen kummin kuudeksi kuukaudeksi.');
    await sections().nth(4).fill('Vaihtuvuus laski selvästi.');
    await fill(author, [['Aloitettu', '2023-09'], ['Asiasanat', 'perehdytys, mentorointi'],
      ['Yhteyshenkilön sähköposti', 'kummit@example.fi']]);
    const preview = await follow(author, button(author, 'Esikatsele'));
    expectAt(author, practicePath('/esikatselu'), 'after Esikatsele');
    await expectText(main(author).locator('h1'), kTitle, 'the preview heading');
    await checkPage(r, author, 'preview', preview);
    // "Exactly the published page": so with the image (a problem, not the end of the flow).
    if (at.image && !(await hasImage(author))) r.problems.push('the preview has no <img> of the uploaded image');
    await follow(author, main(author).getByRole('link', { name: 'Palaa muokkaamaan' }));
    await follow(author, button(author, 'Lähetä toimitukselle'));
    expectAt(author, practicePath('/esikatselu\\?lahetetty=1'), 'after submitting');
    await expectText(main(author), 'Teko on lähetetty toimitukselle', 'the thank-you notice');
  });

  await step('editor requests changes; the author gets the mail', async (r) => {
    await checkPage(r, editor, 'editorial queue', await go(editor, '/toimitus'));
    const review = await follow(editor, main(editor).getByRole('link', { name: kTitle }));
    expectAt(editor, new RegExp(`^/toimitus/${at.slug}$`), 'the queue link');
    await checkPage(r, editor, 'editorial review', review);
    await fill(editor, [['Viesti kirjoittajalle', kChanges]]);
    await follow(editor, button(editor, 'Pyydä muutoksia'));
    await expectText(main(editor), kChanges, 'the message on the review page');
    const message = await mail('changes requested');
    if (!message.includes(kChanges)) throw new Error(`the mail lacks the editor's message:\n${message.slice(0, 1500)}`);
    at.editLink = linkIn(message, run.base, `/teot/${at.slug}/muokkaa`, 'changes requested');
  });

  await step('author fixes and submits again', async (r) => {
    await checkPage(r, author, 'practice form, changes requested', await go(author, at.editLink));
    await expectText(main(author).locator('.practice-form__message'), kChanges, 'the request on the draft');
    await sections().nth(4).fill('Ensimmäisen vuoden vaihtuvuus laski 33 prosentista 12 prosenttiin.');
    await follow(author, button(author, 'Lähetä toimitukselle'));
    expectAt(author, practicePath('/esikatselu\\?lahetetty=1'), 'after submitting again');
  });

  await step('editor reads the revision and publishes', async (r) => {
    await go(editor, `/toimitus/${at.slug}`);
    const revision = await follow(editor, main(editor).getByRole('table', { name: 'Jokainen tallennus, uusin ensin' }).getByRole('link').first());
    expectAt(editor, new RegExp(`^/toimitus/${at.slug}/versiot/\\d+$`), 'the newest revision');
    await checkPage(r, editor, 'revision', revision);
    if (!(await main(editor).locator('ins, del').count())) throw new Error('the revision page shows no <ins>/<del> change');
    await go(editor, `/toimitus/${at.slug}`);
    await follow(editor, button(editor, 'Julkaise'));
    await expectText(main(editor), 'Julkaistu', 'the published state');
  });

  await step('editor manages the vocabularies and organisations', async (r) => {
    await checkPage(r, editor, 'vocabularies', await go(editor, '/toimitus/sanastot'));
    await fill(editor, [['Nimi', 'hallinto']]);
    await checkPage(r, editor, 'vocabularies, errors', await follow(editor, button(editor, 'Lisää termi')), 422);
    await fill(editor, [['Nimi', 'Kestävä kehitys']]);
    const term = await follow(editor, button(editor, 'Lisää termi'));
    expectAt(editor, /^\/toimitus\/sanastot\/sectors\/kestava-kehitys\?ilmoitus=added$/, 'after adding a term');
    await checkPage(r, editor, 'vocabulary term', term);
    await follow(editor, button(editor, 'Piilota termi'));
    await expectText(main(editor), 'Termi on piilotettu.', 'the notice after hiding');
    await checkPage(r, editor, 'organisations', await go(editor, '/toimitus/organisaatiot'));
    const organisation = await follow(editor, main(editor).getByRole('table').getByRole('link').first());
    expectAt(editor, /^\/toimitus\/organisaatiot\/[a-z0-9-]+$/, 'an organisation of the list');
    await checkPage(r, editor, 'organisation', organisation);
    await fill(editor, [['Nimi', '']]);
    await checkPage(r, editor, 'organisation, errors', await follow(editor, button(editor, 'Tallenna')), 422);
  });

  await step('change of address: the form and its error state', async (r) => {
    await checkPage(r, author, 'change of address', await go(author, '/omat-tiedot/sahkoposti'));
    await fill(author, [['Uusi sähköpostiosoite', 'uusi.osoite@example.fi'], ['Nykyinen salasana', 'väärä salasana']]);
    const refused = await follow(author, button(author, 'Lähetä vahvistuslinkki'));
    await checkPage(r, author, 'change of address, errors', refused, 422);
  });

  await step('published: on /teot, on its page and in the API', async () => {
    await go(visitor, '/teot');
    if (!(await main(visitor).getByRole('link', { name: kTitle }).count())) throw new Error(`/teot does not list "${kTitle}"`);
    const response = await go(visitor, `/teot/${at.slug}`);
    if (response.status() !== 200) throw new Error(`/teot/${at.slug}: HTTP ${response.status()}`);
    await expectText(main(visitor).locator('h1'), kTitle, 'the practice page heading');
    if (at.image) {
      if (!(await hasImage(visitor))) throw new Error('the published page has no <img> of the uploaded image');
      const src = await main(visitor).locator(`img[alt="${kImageAlt}"]`).first().getAttribute('src');
      const answer = await contexts.visitor.request.get(new URL(src, run.base).href);
      const type = answer.headers()['content-type'] || '';
      if (answer.status() !== 200 || !type.startsWith('image/')) throw new Error(`the image ${src}: HTTP ${answer.status()} ${type}`);
    }
    const list = await contexts.visitor.request.get(`${run.base}/api/v1/practices?limit=100`);
    const items = list.status() === 200 ? (await list.json()).items : [];
    if (!items.some((item) => item.slug === at.slug)) throw new Error(`/api/v1/practices (HTTP ${list.status()}) lacks ${at.slug}`);
    const one = await contexts.visitor.request.get(`${run.base}/api/v1/practices/${at.slug}`);
    if (one.status() !== 200 || (await one.json()).title !== kTitle) throw new Error(`/api/v1/practices/${at.slug}: HTTP ${one.status()}`);
  });
}

// Starts everything, runs the flow, then vnu over the saved pages; the exit status.

runEndToEnd('e2e-submission', flow);
