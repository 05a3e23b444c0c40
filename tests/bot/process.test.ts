/**
 * The real server process (`bot/main.ts`): it refuses to start on an invalid knowledge base, and
 * on SIGTERM it stops accepting, finishes the request in flight, closes the store and exits 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteBackend } from '../../bot/store/sqlite-store.js';
import { freePort } from '../helpers/redis.js';

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('trains the matcher at its first start, then reads the weights back at the next', async () => {
  const cacheDir = join(mkdtempSync(join(tmpdir(), 'weights-')), 'cache');
  for (const said of ['bot built; matcher trained', 'bot built; matcher weights read from cache']) {
    const port = await freePort();
    const run = start({ PORT: String(port), HOST: '127.0.0.1', STORE: 'memory', MODEL_CACHE_DIR: cacheDir });
    await until(() => run.output().includes('listening on'), 'the server to listen');
    expect(run.output()).toContain(said);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }
  expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^weights-[0-9a-f]{32}\.bin$/)]);
}, 120_000);

it('refuses to start on an invalid knowledge base, naming the problems', async () => {
  const run = start({ KNOWLEDGE_DIR: 'tests/fixtures/knowledge/bad', PORT: String(await freePort()) });
  expect(await run.exited).toBe(1);
  expect(run.output()).toMatch(/Refusing to start: the knowledge base has \d+ problem/);
  expect(run.output()).toMatch(
    /bad\/topics\/missing-fields.yml at questions: needs at least 8 example questions/,
  );
  expect(run.output()).not.toMatch(/listening on/);
}, 60_000);

it('finishes the request in flight on SIGTERM, then refuses new ones, closes the store and exits 0', async () => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'process-'));
  const run = start({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir });
  await until(() => run.output().includes('listening on'), 'the server to listen');

  // A request whose body is still arriving when the signal comes.
  const body = JSON.stringify({ text: 'what is narcan' });
  let answer = '';
  const inFlight = new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/api/chat',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.on('data', (c: Buffer) => {
          answer += c.toString();
        });
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 5));
    setTimeout(() => {
      run.child.kill('SIGTERM');
      setTimeout(() => req.end(body.slice(5)), 300);
    }, 200);
  });

  expect(await inFlight).toBe(200);
  const reply = JSON.parse(answer) as { route: string; conversationId: string };
  expect(reply.route).toBe('naloxone');
  expect(await run.exited).toBe(0);
  expect(run.output()).toMatch(/shutting down/);
  expect(run.output()).toMatch(/stopped cleanly/);
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

  // The state written by the last turn is on disk for the next start.
  const backend = createSqliteBackend(dataDir);
  expect(await backend.open('conversations').get(reply.conversationId)).toBeDefined();
  await backend.close();
}, 60_000);
