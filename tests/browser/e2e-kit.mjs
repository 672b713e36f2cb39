// SPDX-License-Identifier: AGPL-3.0-or-later
// Shared by the end-to-end flows (e2e-submission.mjs, e2e-events.mjs): steps that pass or fail, page checks (status, axe, the HTML kept for one vnu run), navigation helpers, the editor's sign-in with TOTP, and the run around a flow: the SMTP test server, `tori serve` on a demo folder with an editor from `tori user add`, Chromium, the report.
//
// A flow is `async (browser, tools, editorLink) => …` calling step(name, async (r) => …) in order;
// runEndToEnd(name, flow) does the rest and exits 0 (all passed), 1 (any failure) or 77 (Chromium,
// Java or aiosmtpd missing: ctest's SKIP_RETURN_CODE). Written for Node 18 and later.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { abort, cleanup, describeViolation, freePort, installAbort, kPageMs, kSkip, launchBrowser,
  logTail, missingTools, npmTools, pathOf, runAxe, runTori, runVnu, sleep, startServer, startSmtpServer, state,
  stopProcesses, watch } from './browser-kit.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export const kMailMs = 30000;   // from the action to the message in the SMTP server's folder
export const kEditor = { email: 'eeva.editori@example.fi', name: 'Eeva Editori', password: 'toimittajan salasana 678' };

export function parseArgs(name, argv) {
  const usage = (message) => {
    console.error(`${name}: ${message}\nusage: ${name}.mjs --tori PATH [--timeout SECONDS] [--keep]`);
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

// --- TOTP (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) ----------------------------------------

function base32(text) {
  const bits = [...text.toUpperCase().replace(/[^A-Z2-7]/g, '')]
    .map((c) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(c).toString(2).padStart(5, '0')).join('');
  return Buffer.from((bits.match(/.{8}/g) || []).map((byte) => parseInt(byte, 2)));
}

let lastStep = 0;   // the server refuses a step used before, so every code is from a new step
export async function totpCode(secret) {
  let step = Math.max(Math.floor(Date.now() / 30000), lastStep + 1);
  while (step > Math.floor(Date.now() / 30000) + 1) await sleep(1000);   // the server allows one step ahead
  lastStep = step;
  const counter = Buffer.alloc(8);
  counter.writeUInt32BE(step, 4);   // steps stay below 2^32 until the year 6053
  const hash = crypto.createHmac('sha1', base32(secret)).update(counter).digest();
  const at = hash[19] & 15;
  return String((hash.readUInt32BE(at) & 0x7fffffff) % 1000000).padStart(6, '0');
}
// --- steps, page checks and navigation -----------------------------------------------------

export const run = { current: null, steps: [], pages: [], sink: new Set(), htmlDir: null, base: null, mail: null, mailSeen: new Set() };

// An error's first line and, for Playwright's timeouts, what it was waiting for.
function firstLines(message) {
  message = message.replace(/\u001b\[[0-9;]*m/g, '');   // Playwright colours its call log
  const waiting = /^\s*- (waiting for .*)$/m.exec(message);
  return message.split('\n')[0] + (waiting ? ` (${waiting[1].trim()})` : '');
}

// Runs one step; a thrown error fails it and ends the flow, page problems (axe, CSP, failed
// subresources) fail it but let the flow go on.
export async function step(name, body) {
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
export async function checkPage(record, page, name, response, status = 200) {
  if (!response || response.status() !== status) {
    throw new Error(`${name} page (${pathOf(page.url())}): HTTP ${response ? response.status() : 'no response'}, expected ${status}`);
  }
  const file = `${String(run.pages.length + 1).padStart(2, '0')}-${name.replace(/[^A-Za-z0-9]+/g, '-')}.html`;
  fs.writeFileSync(path.join(run.htmlDir, file), await response.body());
  run.pages.push({ name, path: pathOf(page.url()), file, record });
  for (const violation of await runAxe(page)) record.problems.push(`${name}: ${describeViolation(violation)}`);
}

export const go = (page, target) => page.goto(run.base + target, { waitUntil: 'load' });
export const main = (page) => page.locator('main');
export const button = (page, name) => main(page).getByRole('button', { name, exact: true });

// Clicks something that submits a form or follows a link; the navigation's response.
export async function follow(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

// Fills fields found by their label (exact text), as a person reading the labels would.
export async function fill(page, fields) {
  for (const [label, value] of fields) await main(page).getByLabel(label, { exact: true }).fill(value);
}

export function expectAt(page, pattern, what) {
  const at = pathOf(page.url());
  if (!pattern.test(at)) throw new Error(`${what}: the browser is at ${at}, not ${pattern}`);
  return at;
}

export async function expectText(locator, text, what) {
  const found = await locator.first().innerText({ timeout: 10000 }).catch(() => null);
  if (found === null || !found.includes(text)) throw new Error(`${what}: "${text}" not shown (found: ${JSON.stringify(found && found.slice(0, 200))})`);
}

export async function logIn(page, who) {
  await fill(page, [['Sähköpostiosoite', who.email], ['Salasana', who.password]]);
  return follow(page, button(page, 'Kirjaudu'));
}

// The editor of `tori user add` sets the password from `editorLink` and two-factor sign-in, as a
// staff page demands; checks the pages on the way.
export async function setUpEditor(r, editor, editorLink) {
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
}

// --- the run around a flow ---------------------------------------------------------------

async function runFlow(name, opts, tools, flow) {
  const started = Date.now();
  state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), `tori-${name}-`));
  [run.htmlDir, run.mail] = [path.join(state.tmp, 'html'), path.join(state.tmp, 'mail')];
  fs.mkdirSync(run.htmlDir);
  const smtpPort = await startSmtpServer(run.mail);
  const port = await freePort();
  let editorLink = null;
  const prepare = (data, log) => {
    runTori(opts.tori, ['demo', '--data', data, '--practices', '12'], log);   // under a /teot page of 20
    // A campaign in its jury phase over those practices, with the editor as its one juror.
    runTori(opts.tori, ['import', 'campaigns', path.join(here, 'e2e-campaign.jsonl'), '--data', data], log);
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
// Runs `flow(browser, tools, editorLink)` as the end-to-end test `name` and exits with its status.
export function runEndToEnd(name, flow) {
  installAbort();
  mainEntry(name, flow).then((code) => process.exit(code), (error) => abort(`error: ${error.message}`));
}

async function mainEntry(name, flow) {
  const opts = parseArgs(name, process.argv.slice(2));
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
    return await runFlow(name, opts, tools, flow);
  } finally {
    clearTimeout(hardStop);
  }
}

