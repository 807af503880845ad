import { log, WechatyBuilder, type Wechaty } from 'wechaty';
import type { BotAccount } from '../config';

/**
 * A production Wechaty for one bot account, on wechaty-puppet-service. With an endpoint (recommended) the token
 * discovery service is skipped; without one, discovery runs, and package.json pins @grpc/grpc-js 1.9.15 so that a
 * failed discovery is an `error` event instead of the uncaught resolver crash of newer grpc-js
 * (../shared/notes/wechaty.md §0).
 */
export function buildServiceWechaty(bot: BotAccount): Wechaty {
  if (!bot.token) throw new Error(`bot account ${bot.id}: set ${bot.tokenEnv ?? 'its token env var'}`);
  const puppetOptions = {
    token: bot.token,
    ...(bot.endpoint ? { endpoint: bot.endpoint } : {}),
    timeoutSeconds: bot.timeoutSeconds,
    tls: { disable: !bot.tls },
  };
  return WechatyBuilder.build({ name: `qht-${bot.id}`, puppet: 'wechaty-puppet-service', puppetOptions });
}

const WECHATY_LEVEL: Record<string, 'silent' | 'error' | 'warn' | 'info' | 'verbose' | 'silly'> = {
  silent: 'silent',
  fatal: 'error',
  error: 'error',
  warn: 'warn',
  info: 'warn',
  debug: 'info',
  trace: 'verbose',
};

/** Wechaty logs through its own logger (brolog) to the console; keep it at our level, one notch quieter at info. */
export function setWechatyLogLevel(level: string): void {
  if (!process.env.WECHATY_LOG) log.level(WECHATY_LEVEL[level] ?? 'warn');
}
