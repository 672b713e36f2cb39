// SPDX-License-Identifier: AGPL-3.0-or-later
// Shared by the browser tests (check-pages.mjs, e2e-submission.mjs): `tori serve` on a free port, Chromium, axe, vnu, cleanup on signals and timeouts.
//
// Everything started goes into `state`; cleanup() releases it whichever way a run ends, and
// installAbort() makes signals, uncaught errors and the overall timeout end the run through it.
// Written for Node 18 and later: no newer APIs.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'package.json'));

export const kSkip = 77;
export const kChromium = '/usr/bin/chromium';
// DEPENDENCIES.md "Browser-test toolchain": flags for this closed network.
export const kChromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];
export const kAxeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const kStartMs = 60000;      // the sanitizer build migrates a fresh database on start
export const kStopMs = 15000;       // SIGTERM → exit, leak check included; then SIGKILL
export const kPageMs = 30000;       // one navigation or evaluate
const kVnuMs = 120000;

// Everything cleanup() must release, whichever way the run ends. `helpers`: other child
// processes ({ name, child }), stopped with SIGTERM after the server.
export const state = { server: null, browser: null, vnu: null, helpers: [], tmp: null, keep: false,
  cleaning: null, aborting: false };

// The tools whose absence makes this a skip rather than a failure; `smtp`: Python's aiosmtpd too.
export function missingTools({ smtp = false } = {}) {
  const missing = [];
  try { fs.accessSync(kChromium, fs.constants.X_OK); } catch { missing.push(`Chromium (${kChromium})`); }
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error || java.status !== 0) missing.push('Java (java on PATH)');
  const aiosmtpd = smtp ? spawnSync('/usr/bin/python3', ['-c', 'import aiosmtpd'], { stdio: 'ignore' }) : null;
  if (aiosmtpd && (aiosmtpd.error || aiosmtpd.status !== 0)) missing.push('aiosmtpd (for /usr/bin/python3)');
  return missing;
}

// The npm side: a missing package is a broken checkout, so it fails instead of skipping.
export function npmTools() {
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

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function httpGet(url, ms) {
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

export function logTail(file, lines = 25) {
  try {
    const text = fs.readFileSync(file, 'utf8').trimEnd();
    return text ? text.split('\n').slice(-lines).map((line) => `  | ${line}`).join('\n') : '  | (empty log)';
  } catch {
    return '  | (no log)';
  }
}

const describeExit = (exit) => (exit.error ? exit.error : exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`);

export function pathOf(url) {
  try { const parsed = new URL(url); return parsed.pathname + parsed.search; } catch { return url; }
}

// Starts `tori serve` on a free loopback port with the data folder TMP/data, logging to
// TMP/server.log. `prepare(data, log)` runs first (synchronously, e.g. `tori demo`; the log
// is an open descriptor); `env` adds to the environment (TORI_* settings); `port` is taken
// when given (e.g. because base_url must name it). Returns the base URL once healthy.
export async function startServer(binary, tmp, { prepare = null, env = {}, port = null } = {}) {
  port = port || await freePort();
  const data = path.join(tmp, 'data');
  fs.mkdirSync(data);
  const logFile = path.join(tmp, 'server.log');
  const log = fs.openSync(logFile, 'w');
  try {
    if (prepare) prepare(data, log);
  } catch (error) {
    fs.closeSync(log);
    throw new Error(`${error.message} (see ${logFile}):\n${logTail(logFile)}`);
  }
  const args = ['serve', '--port', String(port), '--bind', '127.0.0.1', '--data', data];
  const child = spawn(binary, args, { cwd: root, stdio: ['ignore', log, log], env: { ...process.env, ...env } });
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

// Runs `tori ARGS` to the end, output to the descriptor `log`; throws unless it exits 0.
// Returns its standard output when `capture` (then it goes to the log as well).
export function runTori(binary, args, log, { capture = false, env = {} } = {}) {
  const run = spawnSync(binary, args, { cwd: root, env: { ...process.env, ...env }, timeout: kStartMs,
    stdio: ['ignore', capture ? 'pipe' : log, log], encoding: 'utf8' });
  if (capture && run.stdout) fs.writeSync(log, run.stdout);
  if (run.status !== 0) throw new Error(`tori ${args[0]} failed${run.error ? ` (${run.error.message})` : ''}`);
  return capture ? run.stdout : '';
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

// Stops a helper process (SIGTERM, then SIGKILL after kStopMs).
async function stopHelper({ child }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  if (!(await Promise.race([exited.then(() => true), sleep(kStopMs).then(() => false)]))) {
    child.kill('SIGKILL');
    await exited;
  }
}

// The SMTP test server (src/tori/mail/smtp_test_server.py) writing each message to `folder`
// (NNNNNN.eml, then NNNNNN.json with the envelope); stopped by cleanup(). Returns its port.
export async function startSmtpServer(folder) {
  const child = spawn('/usr/bin/python3', [path.join(root, 'src/tori/mail/smtp_test_server.py'),
    '--port', '0', '--folder', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  state.helpers.push({ name: 'smtp', child });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`SMTP test server: no port within ${kStartMs / 1000} s`)), kStartMs);
    const seen = (chunk) => {
      output += chunk;
      const match = /PORT (\d+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(Number(match[1])); }
    };
    child.stdout.setEncoding('utf8').on('data', seen);
    child.stderr.setEncoding('utf8').on('data', seen);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`SMTP test server exited (${code}): ${output.trim()}`)); });
  });
}

// A message with its quoted-printable (soft breaks, =XX as UTF-8) and base64 bodies decoded.
export function decodeMail(raw) {
  const qp = raw.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < qp.length; i++) {
    const hex = qp.slice(i + 1, i + 3);
    if (qp[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) { bytes.push(parseInt(hex, 16)); i += 2; }
    else bytes.push(qp.charCodeAt(i) & 0xff);
  }
  let text = Buffer.from(bytes).toString('utf8');
  const base64 = /Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi;
  for (const match of raw.matchAll(base64)) text += `\n${Buffer.from(match[1], 'base64').toString('utf8')}`;
  return text;
}

// The oldest message to `to` in `folder` not returned before (`seen`: a Set of file names),
// decoded; waits up to `ms`.
export async function waitMail(folder, seen, to, what, ms) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(200)) {
    for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
      if (seen.has(name) || !JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')).rcpt_tos.includes(to)) continue;
      seen.add(name);
      return decodeMail(fs.readFileSync(path.join(folder, name.replace(/\.json$/, '.eml')), 'latin1'));
    }
  }
  throw new Error(`no mail (${what}) to ${to} within ${ms / 1000} s`);
}

// The path of the first link `base` + `prefix`… in a decoded message.
export function linkIn(mail, base, prefix, what) {
  const match = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${prefix}[A-Za-z0-9_/-]*)`).exec(mail);
  if (!match) throw new Error(`the ${what} mail has no ${base}${prefix}… link:\n${mail.slice(0, 1500)}`);
  return match[1];
}

// Signals are left to abort(): Playwright's own handlers would exit before the server stops.
export async function launchBrowser(playwright) {
  state.browser = await playwright.chromium.launch({
    executablePath: kChromium, headless: true, args: kChromiumFlags, timeout: kPageMs,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  return state.browser;
}

// Collects what a tab reports by itself while loading: CSP violations, uncaught script errors,
// failed subresources. The navigation's own status is checked elsewhere (404 pages are rows).
export function watch(page, sink) {
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

// axe-core comes in through the context's init script (no per-page injection, no CSP).
export async function runAxe(page) {
  return page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact,
      targets: v.nodes.map((node) => node.target.join(' ')) }))), kAxeTags);
}

export function describeViolation(v) {
  const shown = v.targets.slice(0, 3).join(', ');
  const more = v.targets.length > 3 ? ` +${v.targets.length - 3} more` : '';
  return `axe ${v.id} (${v.impact}): ${shown}${more}`;
}

// One vnu run over every saved page; returns Map(file name → problems) and problems without a page.
export function runVnu(jar, files) {
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

// Closes Chromium, stops the server and the helpers (once, however often called); returns the
// server's problems.
export function stopProcesses() {
  if (!state.cleaning) {
    state.cleaning = (async () => {
      if (state.browser) {
        await withTimeout(state.browser.close(), 10000, 'closing Chromium').catch(() => {});
        state.browser = null;
      }
      const problem = state.server ? await stopServer(state.server) : null;
      state.server = null;
      await Promise.all(state.helpers.map(stopHelper));
      state.helpers = [];
      return problem ? [problem] : [];
    })();
  }
  return state.cleaning;
}

// Releases everything: processes first, then the temporary folder (unless --keep).
export async function cleanup() {
  const problems = await stopProcesses();
  if (state.tmp && state.keep) console.log(`kept ${state.tmp}`);
  else if (state.tmp) fs.rmSync(state.tmp, { recursive: true, force: true });
  state.tmp = null;
  return problems;
}

// Ends the run from anywhere (timeout, signal, exception) after releasing server and browser.
export async function abort(reason, code = 1) {
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

// Signals, uncaught errors and a closed stdout end the run through abort().
export function installAbort() {
  process.on('SIGINT', () => abort('interrupted (SIGINT)', 130));
  process.on('SIGTERM', () => abort('terminated (SIGTERM)', 143));
  process.on('SIGHUP', () => abort('hung up (SIGHUP)', 129));
  process.on('uncaughtException', (error) => abort(`error: ${error.message}`));
  process.on('unhandledRejection', (error) => abort(`error: ${error && error.message}`));
  process.stdout.on('error', () => {});   // a closed pipe (`| head`) must not skip the cleanup
}
