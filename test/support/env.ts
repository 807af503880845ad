import pino from 'pino';
import { appSettings, type AppSettings } from '../../src/app/context';
import { loadCore, type LoadedCore } from '../../src/config';
import { PROJECT_ROOT } from '../../src/paths';
import { readWorldFile, type World } from '../../src/sim/world';
import { join } from 'node:path';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export const silentLog = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

let counter = 0;
/** A BullMQ prefix no other test (or run) uses. */
export function freshPrefix(name: string): string {
  counter += 1;
  return `qht-test-${name}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/** The repository's own config and triage lexicon, as the bot loads them (no env overrides). */
export function repoCore(): LoadedCore {
  const core = loadCore(PROJECT_ROOT, {});
  if (!core.ok) throw new Error(core.problems.join('\n'));
  return core.value;
}

/** Handler settings from the repository's config, as the runtime builds them, for bots `botNames` (first: default). */
export function repoSettings(botNames: Record<string, string>): AppSettings {
  const core = repoCore();
  return appSettings(core.config, {
    botNames,
    defaultBotId: Object.keys(botNames)[0] ?? '',
    lexicon: core.lexicon,
    emergency: core.emergency,
    tips: core.tips,
  });
}

export function demoWorld(): World {
  return readWorldFile(join(PROJECT_ROOT, 'config', 'demo-world.json'));
}
