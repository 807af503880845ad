import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/paths';

/** `npm run -s build` as a user's `npm run <cli>` does first; it must print nothing and succeed. */
export function buildQuietly(): { output: string; status: number | null } {
  const r = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { output: r.stdout + r.stderr, status: r.status };
}
