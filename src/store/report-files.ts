import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportFiles } from '../app/ports';

/** Reports written under `dir` (created on first use), readable only by the bot's user: they are about patients. */
export function diskReportFiles(dir: string): ReportFiles {
  return {
    write(name: string, content: string): string {
      const safe = name.replace(/[^A-Za-z0-9._-]/gu, '_');
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = resolve(join(dir, safe));
      writeFileSync(file, content, { encoding: 'utf8', mode: 0o600 });
      return file;
    },
  };
}
