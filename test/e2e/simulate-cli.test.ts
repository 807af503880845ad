import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';
import { buildQuietly } from '../support/build';

type Run = { status: number | null; stdout: string; stderr: string };

/** `npm run -s simulate -- <args>` as a user runs it (builds first), or the built CLI directly (`viaNpm` false). */
function simulateCli(args: string[], input?: string, viaNpm = false): Run {
  const [cmd, argv] = viaNpm
    ? ['npm', ['run', '-s', 'simulate', '--', ...args]]
    : [process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'sim', 'cli.js'), ...args]];
  const r = spawnSync(cmd, argv, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input,
    timeout: 120_000,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run simulate', () => {
  const flow = join('test', 'scenarios', 'consultation-flow.jsonl');

  beforeAll(() => {
    const build = buildQuietly();
    expect(build.output).toBe('');
    expect(build.status).toBe(0);
  }, 150_000);

  it('prints one JSON object per message the bot sends, the same on every run', () => {
    const first = simulateCli([flow], undefined, true);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const out = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(out)).toEqual(['t', 'to', 'group', 'text', 'mentions']);
    }
    const second = simulateCli([flow]);
    expect(second.stdout).toBe(first.stdout);
  }, 240_000);

  it('marks each input line with --echo, including lines that cause nothing', () => {
    const r = simulateCli(['--echo', flow]);
    expect(r.status).toBe(0);
    const objects = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { step?: number });
    expect(objects[0]).toEqual({ step: 1 });
    expect(objects[1]).toEqual({ step: 2 });
    expect(objects.filter((o) => o.step !== undefined).map((o) => o.step)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  }, 120_000);

  it.each([
    ['{"from":"wang-wei","say":"hi"}\n{"from": "wang-wei", "say": }', 'line 2: not valid JSON'],
    ['{"from":"wang-wei","say":"hi"}\n\n{"advance":"soon"}', 'line 3: advance: a duration such as 90s'],
    ['{"from":"wang-wei","group":"nowhere@chatroom","say":"hi"}', 'line 1: unknown group "nowhere@chatroom"'],
    ['{"redeliver":true}', 'line 1: nothing to redeliver'],
    ['{"advance":"1h"}\n{"at":"2020-03-16T08:40:00Z"}', 'line 2: "at" must not go back in time'],
    ['{"from":"wang-wei","say":"hi"}\n{"world":{}}', 'line 2: a "world" line may only be the first line'],
  ])(
    'rejects a malformed scenario with the line number and the reason: %j',
    (scenario, message) => {
      const r = simulateCli(['-'], scenario);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
    },
    120_000,
  );

  it('stops cleanly when the reader closes the pipe early (| head), leaving no queues behind', () => {
    const cli = join(PROJECT_ROOT, 'dist', 'src', 'sim', 'cli.js');
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" ${flow} | head -1`], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 120_000);
});
