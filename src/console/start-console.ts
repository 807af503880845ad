import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Runtime } from '../runtime';
import type { SimSession } from '../sim/sim-session';
import { ConsoleServer } from './console-server';

/**
 * Starts the web console for a running bot (or the demo's simulation). The admins' password comes from
 * QHT_CONSOLE_PASSWORD; the demo makes one up and prints it when none is set.
 */
export async function startConsole(o: {
  config: Config;
  env: NodeJS.ProcessEnv;
  runtime: () => Runtime;
  botIds: string[];
  simulator?: SimSession;
  log: Logger;
}): Promise<ConsoleServer | null> {
  const c = o.config.console;
  if (!c.enabled) return null;
  let password = o.env.QHT_CONSOLE_PASSWORD || null;
  if (!password && o.simulator) {
    password = randomBytes(9).toString('base64url');
    process.stderr.write(
      `web console password for this demo run: ${password} (set QHT_CONSOLE_PASSWORD to choose)\n`,
    );
  }
  if (!password) o.log.warn('web console: no QHT_CONSOLE_PASSWORD set, the dashboard stays closed');
  const server = new ConsoleServer({
    host: c.host,
    port: c.port,
    password,
    sessionMinutes: c.sessionMinutes,
    reportTimezone: o.config.reports.timezone,
    store: () => o.runtime().store,
    now: () => o.runtime().now(),
    queues: () => o.runtime().queues.all(),
    publicHosts: c.publicHosts,
    secureCookie: c.secureCookie,
    accounts: () =>
      o.botIds.map((botId) => ({ botId, online: o.runtime().gateway(botId)?.ready(botId) ?? false })),
    simulator: o.simulator,
    health: () => o.runtime().health(o.config.tick.everySeconds * 1000),
    metrics: () => o.runtime().metrics.text(),
    log: o.log,
  });
  await server.start();
  return server;
}
