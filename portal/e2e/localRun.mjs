// Starts the local run (functions/local, --in-memory) on a free port for the end-to-end tests, serving portal/dist.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const portalDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(portalDir, '..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** The classpath Maven wrote (portal/pom.xml: dependency:build-classpath of yixin-local), or YIXIN_LOCAL_CLASSPATH. */
function classpath() {
  if (process.env.YIXIN_LOCAL_CLASSPATH) return process.env.YIXIN_LOCAL_CLASSPATH;
  const file = path.join(portalDir, 'target', 'local-classpath.txt');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run the e2e through Maven (mvn -pl portal -am verify) or set YIXIN_LOCAL_CLASSPATH`);
  }
  return readFileSync(file, 'utf8').trim();
}

export async function startLocalRun() {
  const port = await freePort();
  const child = spawn('java', ['-cp', classpath(), 'cn.yixin.local.LocalApi', '--in-memory'], {
    cwd: repoRoot,
    env: { ...process.env, YIXIN_PORT: String(port), YIXIN_LOCAL_IN_MEMORY: 'true', YIXIN_PORTAL_DIR: path.join(portalDir, 'dist') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const base = `http://127.0.0.1:${port}`;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local run did not start in 240 s:\n${log.slice(-4000)}`)), 240_000);
    const watch = (chunk) => {
      log += chunk;
      if (log.includes('Yixin local API is up on')) { clearTimeout(timer); resolve(); }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`local run exited (${code}):\n${log.slice(-4000)}`)); });
  });
  child.removeAllListeners('exit');
  return {
    base,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 10_000).unref();
    }),
  };
}

/** A small API client for setting the scene (the bureau's own records), as the README's walk-through does with curl. */
export function api(base) {
  let n = 0;
  const call = async (method, p, token, body, extra = {}) => {
    const headers = { Accept: 'application/json', ...extra };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST') headers['Idempotency-Key'] ??= `e2e-setup-${Date.now()}-${n++}`;
    const res = await fetch(base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${p} -> ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return {
    call,
    token: async (tenant, roles, subjectId) => (await call('POST', '/local/tokens', null, { tenant, roles, subjectId })).token,
  };
}
