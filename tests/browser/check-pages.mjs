// SPDX-License-Identifier: AGPL-3.0-or-later
// Checks every page of pages.json on a fresh `tori serve` in headless Chromium (status, axe WCAG 2.1 AA, no-JS rendering, 375 px reflow, CSP, print of practice pages) and with vnu.
//
// Usage: node tests/browser/check-pages.mjs --tori PATH [--pages FILE] [--timeout SECONDS] [--keep]
//        node tests/browser/check-pages.mjs --url http://127.0.0.1:8080   (a server already running)
// Prints one PASS/FAIL line per page and `N passed, N failed`. Exit status: 0 all passed,
// 1 any failure, 77 Chromium or Java is missing (ctest's SKIP_RETURN_CODE).
// Written for Node 18 and later: no newer APIs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { abort, cleanup, describeViolation, here, installAbort, kPageMs, kSkip, launchBrowser, missingTools,
  npmTools, runAxe, runTori, runVnu, startServer, state, stopProcesses, watch } from './browser-kit.mjs';

const kDesktop = { viewport: { width: 1280, height: 800 } };
const kNoScript = { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false };
const kPhone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const kPrint = { viewport: { width: 794, height: 1123 } };   // A4 at 96 dpi; media emulated as print
// The rows whose print is checked: a practice page (/teot/{slug} in any language) answering 200.
const kPracticePage = /^(\/sv|\/en)?\/teot\/[^/?#]+$/;

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

async function openBrowser(playwright, axeSource) {
  await launchBrowser(playwright);
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
  // Demo content first, so that practice pages and filled lists are checked too.
  const base = opts.url || await startServer(opts.tori, state.tmp,
    { prepare: (data, log) => runTori(opts.tori, ['demo', '--data', data, '--practices', '40'], log) });
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

installAbort();
main().then((code) => process.exit(code), (error) => abort(`error: ${error.message}`));
