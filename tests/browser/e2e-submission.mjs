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

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import { abort, cleanup, describeViolation, freePort, installAbort, kPageMs, kSkip, launchBrowser, linkIn,
  logTail, missingTools, npmTools, pathOf, runAxe, runTori, runVnu, sleep, startServer, startSmtpServer, state,
  stopProcesses, waitMail, watch } from './browser-kit.mjs';

const kMailMs = 30000;   // from the action to the message in the SMTP server's folder
const kAuthor = { email: 'maija.meikalainen@example.fi', name: 'Maija Meikäläinen', password: 'pitkä salasana 12345' };
const kEditor = { email: 'eeva.editori@example.fi', name: 'Eeva Editori', password: 'toimittajan salasana 678' };
const kTitle = 'Kummitoiminta uusille hoitajille';
const kChanges = 'Lisää tuloksiin luvut ennen ja jälkeen, kiitos.';
const kImageAlt = 'Kaksi hoitajaa kahvihuoneessa';

function parseArgs(argv) {
  const usage = (message) => {
    console.error(`e2e-submission: ${message}\nusage: e2e-submission.mjs --tori PATH [--timeout SECONDS] [--keep]`);
    process.exit(2);
  };
  const opts = { tori: null, timeout: 240, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${arg} needs a value`));
    if (arg === '--tori') opts.tori = path.resolve(value());
    else if (arg === '--timeout') opts.timeout = Number(value());
    else if (arg === '--keep') opts.keep = true;
    else usage(`unknown argument ${arg}`);
  }
  if (!opts.tori) usage('--tori PATH is required');
  if (!(opts.timeout > 0)) usage('--timeout needs a positive number of seconds');
  return opts;
}

// --- TOTP (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) and a tiny PNG ------------------------

function base32(text) {
  const bits = [...text.toUpperCase().replace(/[^A-Z2-7]/g, '')]
    .map((c) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(c).toString(2).padStart(5, '0')).join('');
  return Buffer.from((bits.match(/.{8}/g) || []).map((byte) => parseInt(byte, 2)));
}

let lastStep = 0;   // the server refuses a step used before, so every code is from a new step
async function totpCode(secret) {
  let step = Math.max(Math.floor(Date.now() / 30000), lastStep + 1);
  while (step > Math.floor(Date.now() / 30000) + 1) await sleep(1000);   // the server allows one step ahead
  lastStep = step;
  const counter = Buffer.alloc(8);
  counter.writeUInt32BE(step, 4);   // steps stay below 2^32 until the year 6053
  const hash = crypto.createHmac('sha1', base32(secret)).update(counter).digest();
  const at = hash[19] & 15;
  return String((hash.readUInt32BE(at) & 0x7fffffff) % 1000000).padStart(6, '0');
}

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

// --- steps, page checks and navigation -----------------------------------------------------

const run = { current: null, steps: [], pages: [], sink: new Set(), htmlDir: null, base: null, mail: null, mailSeen: new Set() };

// An error's first line and, for Playwright's timeouts, what it was waiting for.
function firstLines(message) {
  message = message.replace(/\u001b\[[0-9;]*m/g, '');   // Playwright colours its call log
  const waiting = /^\s*- (waiting for .*)$/m.exec(message);
  return message.split('\n')[0] + (waiting ? ` (${waiting[1].trim()})` : '');
}

// Runs one step; a thrown error fails it and ends the flow, page problems (axe, CSP, failed
// subresources) fail it but let the flow go on.
async function step(name, body) {
  const record = { name, problems: [] };
  run.steps.push(record);
  run.current = name;
  run.sink.clear();
  let fatal = null;
  try { await body(record); } catch (error) { fatal = firstLines(error.message); }
  record.problems.push(...run.sink);
  if (fatal) record.problems.push(fatal);
  if (state.aborting) return;   // abort() reports and exits; the browser just went away
  console.log(`${record.problems.length ? 'FAIL' : 'PASS'} ${name}${record.problems.length ? `: ${record.problems.join('; ')}` : ''}`);
  if (fatal && state.server) console.log(`the server's log ends:\n${logTail(state.server.logFile, 15)}`);
  if (fatal) throw Object.assign(new Error(`step "${name}" failed`), { flowStopped: true });
}

// The page now shown: its status, then axe, and its raw HTML (`response`'s body) kept for vnu.
async function checkPage(record, page, name, response, status = 200) {
  if (!response || response.status() !== status) {
    throw new Error(`${name} page (${pathOf(page.url())}): HTTP ${response ? response.status() : 'no response'}, expected ${status}`);
  }
  const file = `${String(run.pages.length + 1).padStart(2, '0')}-${name.replace(/[^A-Za-z0-9]+/g, '-')}.html`;
  fs.writeFileSync(path.join(run.htmlDir, file), await response.body());
  run.pages.push({ name, path: pathOf(page.url()), file, record });
  for (const violation of await runAxe(page)) record.problems.push(`${name}: ${describeViolation(violation)}`);
}

const go = (page, target) => page.goto(run.base + target, { waitUntil: 'load' });
const main = (page) => page.locator('main');
const button = (page, name) => main(page).getByRole('button', { name, exact: true });

// Clicks something that submits a form or follows a link; the navigation's response.
async function follow(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

// Fills fields found by their label (exact text), as a person reading the labels would.
async function fill(page, fields) {
  for (const [label, value] of fields) await main(page).getByLabel(label, { exact: true }).fill(value);
}

function expectAt(page, pattern, what) {
  const at = pathOf(page.url());
  if (!pattern.test(at)) throw new Error(`${what}: the browser is at ${at}, not ${pattern}`);
  return at;
}

async function expectText(locator, text, what) {
  const found = await locator.first().innerText({ timeout: 10000 }).catch(() => null);
  if (found === null || !found.includes(text)) throw new Error(`${what}: "${text}" not shown (found: ${JSON.stringify(found && found.slice(0, 200))})`);
}

async function logIn(page, who) {
  await fill(page, [['Sähköpostiosoite', who.email], ['Salasana', who.password]]);
  return follow(page, button(page, 'Kirjaudu'));
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
    await checkPage(r, editor, 'set password', await go(editor, editorLink));
    await fill(editor, [['Uusi salasana', kEditor.password], ['Uusi salasana uudelleen', kEditor.password]]);
    await follow(editor, button(editor, 'Tallenna salasana'));
    expectAt(editor, /^\/kirjaudu\?salasana=1$/, 'after setting the password');
    await logIn(editor, kEditor);
    const response = await go(editor, '/toimitus/jasenyydet');
    expectAt(editor, /^\/omat-tiedot\/kaksivaiheinen\?vaaditaan=1$/, 'a staff page without a second factor');
    await checkPage(r, editor, 'two-factor setup', response);
    const secret = await main(editor).locator('.totp-secret').innerText();
    await fill(editor, [['Tunnistuskoodi', await totpCode(secret)]]);
    await checkPage(r, editor, 'recovery codes', await follow(editor, button(editor, 'Ota käyttöön')));
    await expectText(main(editor), 'Tallenna varakoodisi', 'the recovery codes page');
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
async function runAll(opts, tools) {
  const started = Date.now();
  state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tori-e2e-'));
  [run.htmlDir, run.mail] = [path.join(state.tmp, 'html'), path.join(state.tmp, 'mail')];
  fs.mkdirSync(run.htmlDir);
  const smtpPort = await startSmtpServer(run.mail);
  const port = await freePort();
  let editorLink = null;
  const prepare = (data, log) => {
    runTori(opts.tori, ['demo', '--data', data, '--practices', '12'], log);   // under a /teot page of 20
    const added = runTori(opts.tori, ['user', 'add', '--email', kEditor.email, '--role', 'editor',
      '--name', kEditor.name, '--data', data], log, { capture: true });
    editorLink = pathOf((/https?:\/\/\S+\/salasana\/[A-Za-z0-9_-]+/.exec(added) || [''])[0]);
    if (!editorLink) throw new Error(`tori user add printed no set-password link: ${added}`);
  };
  run.base = await startServer(opts.tori, state.tmp, { port, prepare, env: {
    TORI_BASE_URL: `http://127.0.0.1:${port}`, TORI_SMTP_HOST: '127.0.0.1', TORI_SMTP_PORT: String(smtpPort),
    TORI_SMTP_STARTTLS: 'false', TORI_SMTP_FROM: 'tori@example.fi',
    TORI_ARGON2_OPERATIONS: '1', TORI_ARGON2_MEMORY_KIB: '8' } });
  const browser = await launchBrowser(tools.playwright);
  await flow(browser, tools, editorLink).catch((error) => { if (!error.flowStopped) throw error; });
  const flowMs = Date.now() - started;
  const files = run.pages.map((p) => path.join(run.htmlDir, p.file));
  const [vnu, stopProblems] = await Promise.all([
    files.length ? runVnu(tools.vnuJar, files) : { byFile: new Map(), other: [] }, stopProcesses()]);
  await cleanup();
  const vnuProblems = vnu.other.concat(...run.pages.map((p) => (vnu.byFile.get(p.file) || [])
    .map((problem) => `${p.name} (${p.path}, step "${p.record.name}"): ${problem}`)));
  console.log(`${vnuProblems.length ? 'FAIL' : 'PASS'} vnu over ${files.length} pages (${run.pages.map((p) => p.name).join(', ')})` +
    (vnuProblems.length ? `:\n  ${vnuProblems.join('\n  ')}` : ''));
  for (const problem of stopProblems) console.log(`FAIL ${problem}`);
  const failedSteps = run.steps.filter((s) => s.problems.length).length + (vnuProblems.length ? 1 : 0);
  console.log(`flow ${(flowMs / 1000).toFixed(1)} s, ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  const failed = failedSteps + stopProblems.length;
  console.log(`${run.steps.length + 1 - failedSteps} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

async function mainEntry() {
  const opts = parseArgs(process.argv.slice(2));
  state.keep = opts.keep;
  const missing = missingTools({ smtp: true });
  if (missing.length) {
    console.log(`SKIP browser end-to-end test: ${missing.join(' and ')} not installed`);
    return kSkip;
  }
  const tools = npmTools();
  const hardStop = setTimeout(() => abort(`overall timeout of ${opts.timeout} s reached` +
    (run.current ? ` in step "${run.current}"` : ' before the first step')), opts.timeout * 1000);
  try {
    return await runAll(opts, tools);
  } finally {
    clearTimeout(hardStop);
  }
}

installAbort();
mainEntry().then((code) => process.exit(code), (error) => abort(`error: ${error.message}`));
