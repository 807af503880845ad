import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import type { LoadedCore } from '../config';
import { parseScenarioLine, ScenarioError } from './scenario';
import { Simulation, type TranscriptLine } from './simulation';
import { SimSession } from './sim-session';
import { startConsole } from '../console/start-console';
import { readWorldFile, worldPeople, type World } from './world';

/** Human-readable rendering of what happens in the demo. */
function describe(
  world: World,
  names: Map<string, string>,
  out: TranscriptLine,
  botId: string | null,
): string {
  const time = out.t.slice(11, 19);
  const bot = world.bots.find((b) => b.id === botId)?.name ?? '青小医';
  const where = out.group
    ? (world.groups.find((g) => g.id === out.to)?.name ?? out.to)
    : `${names.get(out.to) ?? out.to}（私信）`;
  return `[${time}] ${bot} → ${where}:\n    ${out.text.split('\n').join('\n    ')}`;
}

/**
 * The demo `npm start` runs without bot credentials: the demo world on mock WeChat accounts, through the real
 * pipeline, SQLite (data/demo) and Redis. It plays config/demo-scenario.jsonl, then takes scenario lines typed on
 * standard input, and keeps running until stopped.
 */
export async function runDemo(
  root: string,
  core: LoadedCore,
  redisUrl: string,
  log: Logger,
): Promise<() => Promise<void>> {
  const world = readWorldFile(join(root, 'config', 'demo-world.json'));
  const names = new Map(worldPeople(world).map((p) => [p.id, p.name]));
  const sim = await Simulation.start({
    world,
    config: core.config,
    lexicon: core.lexicon,
    emergency: core.emergency,
    tips: core.tips,
    redisUrl,
    log,
    prefix: `${core.config.redis.prefix}-demo`,
    resetQueues: true,
  });
  const print = (s: string): void => void process.stdout.write(`${s}\n`);
  const session = new SimSession(sim, world);
  const botOfGroup = (id: string): string | null => world.groups.find((g) => g.id === id)?.bot ?? null;
  let line = 0;
  const play = async (text: string): Promise<void> => {
    line++;
    const parsed = parseScenarioLine(text, line + 1);
    if (parsed.kind === 'blank' || parsed.kind === 'world') return;
    if ('say' in parsed) {
      const who = names.get(parsed.from) ?? parsed.from;
      const where =
        'group' in parsed
          ? (world.groups.find((g) => g.id === parsed.group)?.name ?? parsed.group)
          : '私信青小医';
      print(`\n${who} @ ${where}: ${parsed.say}`);
    } else print(`\n— ${text.trim()}`);
    const value = JSON.parse(text) as Record<string, unknown>;
    for (const out of (await session.run(value)).out) {
      print(describe(world, names, out, out.group ? botOfGroup(out.to) : (world.bots[0]?.id ?? null)));
    }
  };
  print(
    '侨海通 demo: no bot credentials are configured, so the bot runs on the demo world (mock WeChat accounts).',
  );
  print(
    'Real pipeline, real SQLite and Redis, virtual clock. Set bot tokens (README "Bot accounts") to go live.\n',
  );
  const scenarioFile = join(root, 'config', 'demo-scenario.jsonl');
  if (existsSync(scenarioFile)) {
    for (const text of readFileSync(scenarioFile, 'utf8').split(/\r?\n/)) await play(text);
  }
  print('\nYour turn: type scenario lines (README "Simulator"), for example');
  print(
    '  {"from":"zhou-min","group":"milano-qt@chatroom","say":"@青小医 孩子咳嗽三天了怎么办","mention":true}',
  );
  print('  {"from":"dr-chen","say":"next"}      {"advance":"15m"}      Ctrl-C stops the demo.');
  const web = await startConsole({
    config: core.config,
    env: process.env,
    runtime: () => sim.live,
    botIds: world.bots.map((b) => b.id),
    simulator: session,
    log,
  }).catch((err: unknown) => {
    log.warn({ err: err instanceof Error ? err.message : String(err) }, 'web console not started');
    return null;
  });
  if (web)
    print(`\nWeb console: ${web.url}/simulator (the simulator) and ${web.url}/dashboard (the dashboard)`);
  const rl = createInterface({ input: process.stdin, terminal: false });
  let queue = Promise.resolve();
  rl.on('line', (text) => {
    queue = queue
      .then(() => play(text))
      .catch((err: unknown) =>
        print(err instanceof ScenarioError ? `  ✗ ${err.message}` : `  ✗ ${String(err)}`),
      );
  });
  return async () => {
    rl.close();
    await queue;
    await web?.stop();
    await sim.close();
  };
}
