/**
 * `npm run bench:http [-- --json] [--amount N] [--connections C]`: starts the real server as its
 * own process (SQLite store in a temporary folder, rate limits raised out of the way) and drives
 * POST /api/chat on loopback with autocannon: a realistic mix of questions, follow-ups in open
 * conversations and crisis messages. Reports requests/s, p50/p99 latency, errors and the server's
 * RSS before and after (measured after a warm-up, from /proc).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { jsonLines } from './jsonl.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const amount = option('--amount', 100_000);
const connections = option('--connections', 10);

/** Questions from the team's test sets, crisis lines and short follow-ups. */
function messageMix(): string[] {
  const read = (file: string) => jsonLines(file).map((line) => line.text);
  const questions = read('tests/conversations/messages.jsonl');
  const crisis = read('tests/conversations/crisis.jsonl').slice(0, 20);
  const followUps = ['tell me more', 'how long does it last', '1', 'thanks', 'hi'];
  return [...questions, ...questions, ...crisis, ...followUps];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

function drive(url: string, count: number) {
  const mix = messageMix();
  let i = 0;
  return autocannon({
    url,
    connections,
    amount: count,
    requests: [
      {
        method: 'POST',
        path: '/api/chat',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          i += 1;
          return { ...req, body: JSON.stringify({ text: mix[i % mix.length] }) };
        },
      },
    ],
  });
}

const settle = () => new Promise((r) => setTimeout(r, 3_000));

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(process.env.STORE ? { STORE: process.env.STORE } : {}),
    RATE_LIMIT_PER_MINUTE: '100000000',
    RATE_LIMIT_PER_CONVERSATION: '100000000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
try {
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 300) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Warm-up until the heap and SQLite's page cache reach their working size, then a pause so the
  // collector runs before each RSS reading: growth then means memory held, not garbage not yet freed.
  await drive(url, 20_000);
  await settle();
  const rssBefore = rssMb(server.pid ?? 0);
  const result = await drive(url, amount);
  await settle();
  const rssAfter = rssMb(server.pid ?? 0);
  const summary = {
    requests: result.requests.total,
    req_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non_2xx: result.non2xx,
    rss_before_mb: rssBefore,
    rss_after_mb: rssAfter,
    rss_growth_mb: Math.round((rssAfter - rssBefore) * 10) / 10,
    connections,
  };
  if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else {
    process.stdout.write(
      [
        `POST /api/chat, ${summary.requests} requests over ${connections} connections (loopback)`,
        `  ${summary.req_per_s} req/s, latency p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms`,
        `  errors ${summary.errors}, non-2xx ${summary.non_2xx}`,
        `  server RSS ${summary.rss_before_mb} MB -> ${summary.rss_after_mb} MB (growth ${summary.rss_growth_mb} MB)`,
        '',
      ].join('\n'),
    );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
