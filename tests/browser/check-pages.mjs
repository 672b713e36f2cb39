// SPDX-License-Identifier: AGPL-3.0-or-later
// Checks every page of pages.json on a fresh `tori serve` in headless Chromium (status, axe WCAG 2.1 AA, no-JS rendering, 375 px reflow, CSP, print of practice pages) and with vnu.
//
// Usage: node tests/browser/check-pages.mjs --tori PATH [--pages FILE] [--timeout SECONDS] [--keep]
//        node tests/browser/check-pages.mjs --url http://127.0.0.1:8080   (a server already running)
// Prints one PASS/FAIL line per page and `N passed, N failed`. Exit status: 0 all passed,
// 1 any failure, 77 Chromium or Java is missing (ctest's SKIP_RETURN_CODE).
// Written for Node 18 and later: no newer APIs.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'package.json'));

const kSkip = 77;
const kChromium = '/usr/bin/chromium';
// DEPENDENCIES.md "Browser-test toolchain": flags for this closed network.
const kChromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];
const kAxeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const kDesktop = { viewport: { width: 1280, height: 800 } };
const kNoScript = { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false };
const kPhone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const kPrint = { viewport: { width: 794, height: 1123 } };   // A4 at 96 dpi; media emulated as print
// The rows whose print is checked: a practice page (/teot/{slug} in any language) answering 200.
const kPracticePage = /^(\/sv|\/en)?\/teot\/[^/?#]+$/;
const kStartMs = 60000;      // the sanitizer build migrates a fresh database on start
const kStopMs = 15000;       // SIGTERM → exit, leak check included; then SIGKILL
const kPageMs = 30000;       // one navigation or evaluate
const kVnuMs = 120000;

// Everything cleanup() must release, whichever way the run ends.
const state = { server: null, browser: null, vnu: null, tmp: null, keep: false, cleaning: null, aborting: false };

function usage(message) {
  console.error(`check-pages: ${message}\nusage: check-pages.mjs --tori PATH | --url BASE ` +
    '[--pages FILE] [--timeout SECONDS] [--keep]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { tori: null, url: null, pages: path.join(here, 'pages.json'), timeout: 240, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${arg} needs a value`));
    if (arg === '--tori') opts.tori = path.resolve(value());
    else if (arg === '--url') opts.url = value().replace(/\/+$/, '');
    else if (arg === '--pages') opts.pages = path.resolve(value());
    else if (arg === '--timeout') opts.timeout = Number(value());
    else if (arg === '--keep') opts.keep = true;
    else usage(`unknown argument ${arg}`);
  }
  if (!opts.tori === !opts.url) usage('give exactly one of --tori PATH and --url BASE');
  if (!(opts.timeout > 0)) usage('--timeout needs a positive number of seconds');
  return opts;
}

// The tools whose absence makes this a skip rather than a failure.
function missingTools() {
  const missing = [];
  try { fs.accessSync(kChromium, fs.constants.X_OK); } catch { missing.push(`Chromium (${kChromium})`); }
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error || java.status !== 0) missing.push('Java (java on PATH)');
  return missing;
}

// The npm side: a missing package is a broken checkout, so it fails instead of skipping.
function npmTools() {
  try {
    const tools = { playwright: require('playwright-core'),
      axeSource: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'),
      vnuJar: path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar') };
    fs.accessSync(tools.vnuJar);
    return tools;
  } catch (error) {
    throw new Error(`npm packages missing (run \`make npm\`): ${error.message.split('\n')[0]}`);
  }
}

// pages.json and, beside it, every pages.<area>.json (one per part of the site).
function loadPages(file) {
  if (path.basename(file) !== 'pages.json') return loadPageFile(file);
  const areas = fs.readdirSync(path.dirname(file)).filter((name) => /^pages\..+\.json$/.test(name)).sort();
  return [file, ...areas.map((name) => path.join(path.dirname(file), name))].flatMap(loadPageFile);
}

function loadPageFile(file) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const rows = Array.isArray(doc) ? doc : doc.pages;
  for (const row of rows) {
    if (typeof row.path !== 'string' || !row.path.startsWith('/') || !Number.isInteger(row.status) ||
        typeof row.name !== 'string') {
      throw new Error(`${file}: bad row ${JSON.stringify(row)} (needs path, status, name)`);
    }
  }
  return rows;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function httpGet(url, ms) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { timeout: ms }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

function logTail(file, lines = 25) {
  try {
    const text = fs.readFileSync(file, 'utf8').trimEnd();
    return text ? text.split('\n').slice(-lines).map((line) => `  | ${line}`).join('\n') : '  | (empty log)';
  } catch {
    return '  | (no log)';
  }
}

const describeExit = (exit) => (exit.error ? exit.error : exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`);

async function startServer(binary, tmp) {
  const port = await freePort();
  const data = path.join(tmp, 'data');
  fs.mkdirSync(data);
  const logFile = path.join(tmp, 'server.log');
  const log = fs.openSync(logFile, 'w');
  // Demo content first, so that practice pages and filled lists are checked too.
  const demo = spawnSync(binary, ['demo', '--data', data, '--practices', '40'],
                         { cwd: root, stdio: ['ignore', log, log], timeout: kStartMs });
  if (demo.status !== 0) throw new Error(`tori demo failed (see ${logFile})`);
  const args = ['serve', '--port', String(port), '--bind', '127.0.0.1', '--data', data];
  const child = spawn(binary, args, { cwd: root, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const server = { child, logFile, exited: null, stopping: false };
  server.exit = new Promise((resolve) => {
    const done = (exit) => { server.exited = server.exited || exit; resolve(server.exited); };
    child.on('exit', (code, signal) => done({ code, signal }));
    child.on('error', (error) => done({ error: `cannot start ${binary}: ${error.message}` }));
  });
  state.server = server;
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(server, base);
  } catch (error) {
    if (server.exited) state.server = null;   // already reported; a hung one is stopped by cleanup
    throw error;
  }
  return base;
}

// Waits for /healthz, then for the search index (the search API answers 503 until it is built).
async function waitHealthy(server, base) {
  const deadline = Date.now() + kStartMs;
  for (const probe of ['/healthz', '/api/v1/search?limit=1']) {
    while (true) {
      if (server.exited) {
        throw new Error(`tori exited before serving (${describeExit(server.exited)}):\n${logTail(server.logFile)}`);
      }
      const answer = await httpGet(`${base}${probe}`, 2000).catch(() => null);
      if (answer && answer.status === 200) break;
      if (Date.now() >= deadline) {
        throw new Error(`no 200 from ${base}${probe} within ${kStartMs / 1000} s:\n${logTail(server.logFile)}`);
      }
      await sleep(100);
    }
  }
}

// Stops the server; returns a problem (string) or null. A clean stop is exit 0 or death by
// SIGTERM; anything else (a sanitizer or leak report, a crash, a hang) is a failure.
async function stopServer(server) {
  const diedEarly = server.exited !== null;
  if (!diedEarly) {
    server.stopping = true;
    server.child.kill('SIGTERM');
    if (!(await Promise.race([server.exit, sleep(kStopMs).then(() => null)]))) {
      server.child.kill('SIGKILL');
      await server.exit;
      return `server: still running ${kStopMs / 1000} s after SIGTERM, killed\n${logTail(server.logFile)}`;
    }
  }
  const exit = server.exited;
  if (!diedEarly && (exit.code === 0 || exit.signal === 'SIGTERM')) return null;
  const when = diedEarly ? 'died during the run' : 'stopped badly';
  return `server: ${when} (${describeExit(exit)})\n${logTail(server.logFile)}`;
}

// Collects what a tab reports by itself while loading: CSP violations, uncaught script errors,
// failed subresources. The navigation's own status is checked elsewhere (404 pages are rows).
function watch(page, sink) {
  page.on('console', (message) => {
    const text = message.text();
    if (!/Content[- ]Security[- ]Policy/i.test(text)) return;
    const line = message.location().lineNumber;
    sink.add(`CSP: ${text.split('. ')[0]}${line ? ` (line ${line + 1})` : ''}`);
  });
  page.on('pageerror', (error) => sink.add(`script error: ${error.message.split('\n')[0]}`));
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
    if (response.status() >= 400) sink.add(`${request.method()} ${pathOf(request.url())} → ${response.status()}`);
  });
  page.on('requestfailed', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;   // goto reports it
    const reason = request.failure() ? request.failure().errorText : 'failed';
    if (!/ERR_BLOCKED_BY_CSP|ERR_ABORTED/.test(reason)) sink.add(`${request.method()} ${pathOf(request.url())}: ${reason}`);
  });
}

function pathOf(url) {
  try { const parsed = new URL(url); return parsed.pathname + parsed.search; } catch { return url; }
}

async function openBrowser(playwright, axeSource) {
  state.browser = await playwright.chromium.launch({
    executablePath: kChromium, headless: true, args: kChromiumFlags, timeout: kPageMs });
  const tabs = {};
  const sink = new Set();
  for (const [label, options] of [['desktop', kDesktop], ['no JS', kNoScript], ['phone', kPhone], ['print', kPrint]]) {
    const context = await state.browser.newContext(options);
    context.setDefaultTimeout(kPageMs);
    if (label === 'desktop') await context.addInitScript(axeSource);
    const page = await context.newPage();
    if (label === 'print') await page.emulateMedia({ media: 'print' });
    watch(page, sink);
    tabs[label] = page;
  }
  return { tabs, sink };
}

// axe-core comes in through the desktop context's init script (no per-page injection, no CSP).
async function runAxe(page) {
  return page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact,
      targets: v.nodes.map((node) => node.target.join(' ')) }))), kAxeTags);
}

function describeViolation(v) {
  const shown = v.targets.slice(0, 3).join(', ');
  const more = v.targets.length > 3 ? ` +${v.targets.length - 3} more` : '';
  return `axe ${v.id} (${v.impact}): ${shown}${more}`;
}

// Opens a row's page. A row with "submit" then fills its "fields" (name → value) into the form
// "form" (a CSS selector; default the main content's POST form) and submits it, so that the
// page checked is the server's answer, e.g. a form in its error state.
async function openRow(page, url, row) {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!row.submit) return response;
  const form = row.submit.form || 'main form[method="post"]';
  for (const [name, value] of Object.entries(row.submit.fields || {})) {
    await page.fill(`${form} [name="${name}"]`, value);
  }
  const [answer] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(`${form} [type="submit"]`)]);
  return answer;
}

// Desktop tab, JavaScript on: status, raw HTML saved for vnu, axe.
async function checkDesktop(page, url, row, file) {
  const problems = [];
  const response = await openRow(page, url, row);
  if (!response) return ['no response'];
  if (response.status() !== row.status) problems.push(`status ${response.status()}, expected ${row.status}`);
  const type = response.headers()['content-type'] || '';
  if (type.startsWith('text/html')) {
    fs.writeFileSync(file, await response.body());
  } else {
    problems.push(`content-type "${type}", not text/html`);
  }
  for (const violation of await runAxe(page)) problems.push(describeViolation(violation));
  return problems;
}

// JavaScript off: the page must still be a page. (Playwright's evaluate runs even so.)
async function checkNoScript(page, url, row) {
  await openRow(page, url, row);
  const found = await page.evaluate(() => ({
    main: document.querySelectorAll('main').length, h1: document.querySelectorAll('h1').length }));
  const problems = [];
  if (found.main === 0) problems.push('without JavaScript: no <main>');
  if (found.h1 === 0) problems.push('without JavaScript: no <h1>');
  return problems;
}

// Phone (375 CSS px, mobile viewport handling): a mobile viewport is declared, and nothing is
// wider than the screen, so there is no sideways scrolling (WCAG 1.4.10 reflow).
async function checkPhone(page, url, row) {
  await openRow(page, url, row);
  const m = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const right = el.getBoundingClientRect().right;
      if (right > width + 1 && wide.length < 3) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
        wide.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} to ${Math.round(right)} px`);
      }
    }
    return { meta: document.querySelector('meta[name="viewport"]') !== null, width,
      scroll: document.documentElement.scrollWidth, wide };
  });
  if (!m.meta) return [`phone: no <meta name="viewport">, so laid out ${m.width} px wide`];
  if (m.scroll <= m.width) return [];
  return [`phone: scrolls sideways (${m.scroll} px wide at ${m.width}): ${m.wide.join(', ') || '?'}`];
}

// Print (media emulated): one clean document — navigation, skip link, share block and footer
// hidden (computed display none), the main content and the printed address shown.
async function checkPrint(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  const shown = await page.evaluate((selectors) => Object.fromEntries(selectors.map((selector) => {
    const element = document.querySelector(selector);
    return [selector, element ? getComputedStyle(element).display !== 'none' : null];
  })), ['.main-nav', '.skip-link', '.practice__sharing', '.site-footer', 'main', 'main h1',
    '.practice__print-address']);
  const problems = [];
  for (const [selector, visible] of Object.entries(shown)) {
    const wanted = ['main', 'main h1', '.practice__print-address'].includes(selector);
    if (visible === null) problems.push(`print: no ${selector} on the page`);
    else if (visible !== wanted) problems.push(`print: ${selector} ${wanted ? 'hidden' : 'printed'}`);
  }
  return problems;
}

const settle = (promise, label) => promise.then((problems) => problems,
  (error) => [`${label}: ${error.message.split('\n')[0]}`]);

async function checkPage(browser, base, row, file) {
  const url = base + row.path;
  browser.sink.clear();
  const { tabs } = browser;
  const results = await Promise.all([
    settle(checkDesktop(tabs.desktop, url, row, file), 'desktop'),
    settle(checkNoScript(tabs['no JS'], url, row), 'no JS'),
    settle(checkPhone(tabs.phone, url, row), 'phone'),
    row.status === 200 && kPracticePage.test(row.path) ? settle(checkPrint(tabs.print, url), 'print') : []]);
  return [].concat(...results, [...browser.sink]);
}

const fileName = (index, row) =>
  `${String(index + 1).padStart(2, '0')}-${row.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.html`;

// One vnu run over every saved page; returns Map(file name → problems) and problems without a page.
function runVnu(jar, files) {
  return new Promise((resolve) => {
    const child = spawn('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    state.vnu = child;
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), kVnuMs);
    child.on('error', (error) => { clearTimeout(timer); resolve({ byFile: new Map(), other: [`vnu: ${error.message}`] }); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      state.vnu = null;
      resolve(parseVnu(stderr, signal ? `vnu killed (${signal})` : null));
    });
  });
}

function parseVnu(stderr, killed) {
  const byFile = new Map();
  const other = killed ? [killed] : [];
  let messages = [];
  try {
    messages = JSON.parse(stderr).messages;
  } catch {
    return { byFile, other: other.concat(`vnu: unreadable output: ${stderr.slice(0, 300)}`) };
  }
  for (const m of messages) {
    const name = m.url ? path.basename(decodeURIComponent(new URL(m.url).pathname)) : null;
    const text = `vnu line ${m.lastLine ?? '?'}: ${m.message}`;
    if (name) byFile.set(name, (byFile.get(name) || []).concat(text));
    else other.push(`vnu ${m.type}: ${m.message}`);
  }
  return { byFile, other };
}

// Closes Chromium and stops the server (once, however often called); returns the server's problems.
function stopProcesses() {
  if (!state.cleaning) {
    state.cleaning = (async () => {
      if (state.browser) {
        await withTimeout(state.browser.close(), 10000, 'closing Chromium').catch(() => {});
        state.browser = null;
      }
      const problem = state.server ? await stopServer(state.server) : null;
      state.server = null;
      return problem ? [problem] : [];
    })();
  }
  return state.cleaning;
}

// Releases everything: processes first, then the temporary folder (unless --keep).
async function cleanup() {
  const problems = await stopProcesses();
  if (state.tmp && state.keep) console.log(`kept ${state.tmp}`);
  else if (state.tmp) fs.rmSync(state.tmp, { recursive: true, force: true });
  state.tmp = null;
  return problems;
}

function report(rows, results, extra) {
  let passed = 0;
  let failed = 0;
  rows.forEach((row, i) => {
    const problems = results[i];
    if (problems.length === 0) passed++; else failed++;
    console.log(`${problems.length ? 'FAIL' : 'PASS'} ${row.name} ${row.path}` +
      (problems.length ? `: ${problems.join('; ')}` : ''));
  });
  for (const problem of extra) {
    failed++;
    console.log(`FAIL ${problem}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

async function checkAll(opts, rows, tools) {
  const started = Date.now();
  state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tori-pages-'));
  const htmlDir = path.join(state.tmp, 'html');
  fs.mkdirSync(htmlDir);
  const base = opts.url || await startServer(opts.tori, state.tmp);
  const browser = await openBrowser(tools.playwright, tools.axeSource);
  const results = [];
  for (const [i, row] of rows.entries()) {
    const dead = state.server && state.server.exited;
    results.push(dead ? ['not checked: the server died']
      : await checkPage(browser, base, row, path.join(htmlDir, fileName(i, row))));
  }
  const browserMs = Date.now() - started;
  const files = rows.map((row, i) => fileName(i, row)).filter((name) => fs.existsSync(path.join(htmlDir, name)));
  const [vnu, stopProblems] = await Promise.all([
    files.length ? runVnu(tools.vnuJar, files.map((name) => path.join(htmlDir, name))) : { byFile: new Map(), other: [] },
    stopProcesses()]);
  await cleanup();
  rows.forEach((row, i) => { results[i].push(...(vnu.byFile.get(fileName(i, row)) || [])); });
  console.log(`checked ${rows.length} pages in ${(browserMs / 1000).toFixed(1)} s, ` +
    `${files.length} files with vnu; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  return report(rows, results, vnu.other.concat(stopProblems));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  state.keep = opts.keep;
  const missing = missingTools();
  if (missing.length) {
    console.log(`SKIP browser page checks: ${missing.join(' and ')} not installed`);
    return kSkip;
  }
  const tools = npmTools();
  const rows = loadPages(opts.pages);
  const hardStop = setTimeout(() => abort(`overall timeout of ${opts.timeout} s reached`), opts.timeout * 1000);
  try {
    return await checkAll(opts, rows, tools);
  } finally {
    clearTimeout(hardStop);
  }
}

// Ends the run from anywhere (timeout, signal, exception) after releasing server and browser.
async function abort(reason, code = 1) {
  if (state.aborting) return;
  state.aborting = true;
  console.log(`FAIL ${reason}`);
  setTimeout(() => process.exit(code), kStopMs + 15000).unref();
  if (state.vnu) state.vnu.kill('SIGKILL');
  const problems = await cleanup().catch((error) => [`cleanup: ${error.message}`]);
  for (const problem of problems) console.log(`FAIL ${problem}`);
  console.log(`0 passed, ${1 + problems.length} failed`);
  process.exit(code);
}

process.on('SIGINT', () => abort('interrupted (SIGINT)', 130));
process.on('SIGTERM', () => abort('terminated (SIGTERM)', 143));
process.on('SIGHUP', () => abort('hung up (SIGHUP)', 129));
process.on('uncaughtException', (error) => abort(`error: ${error.message}`));
process.on('unhandledRejection', (error) => abort(`error: ${error && error.message}`));
process.stdout.on('error', () => {});   // a closed pipe (`| head`) must not skip the cleanup

main().then((code) => process.exit(code), (error) => abort(`error: ${error.message}`));
