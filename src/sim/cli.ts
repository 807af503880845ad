import { readFileSync } from 'node:fs';
import { consoleToStderr } from '../logger';
import { join } from 'node:path';
import { formatProblems, loadCore, PROJECT_ROOT } from '../config';
import { createLogger } from '../logger';
import { ensureRedis } from '../redis-server';
import { runScenario } from './run-scenario';
import { ScenarioError } from './scenario';
import { readWorldFile } from './world';

class OutputClosed extends Error {}

const USAGE = 'usage: npm run simulate -- [--echo] [--seed N] <scenario.jsonl>   (- reads standard input)';

/** `npm run simulate`: runs a scenario and prints every message the bot sends, one JSON object per line. */
async function main(argv: string[]): Promise<number> {
  consoleToStderr();
  const args = [...argv];
  let echo = false;
  let seed = 1;
  let file: string | undefined;
  while (args.length > 0) {
    const a = args.shift() as string;
    if (a === '--echo') echo = true;
    else if (a === '--seed') seed = Number(args.shift());
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!file) file = a;
    else {
      process.stderr.write(`unexpected argument ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  if (!file || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const core = loadCore(PROJECT_ROOT, process.env);
  if (!core.ok) {
    process.stderr.write(`${formatProblems(core.problems)}\n`);
    return 2;
  }
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', 'stderr');
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    process.stderr.write(
      `cannot read scenario ${file}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }
  // A reader that stops early (`| head`) closes the pipe: stop the run cleanly instead of crashing.
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  const redis = await ensureRedis(core.value.config, log);
  try {
    await runScenario(text, {
      defaultWorld: readWorldFile(join(PROJECT_ROOT, 'config', 'demo-world.json')),
      config: core.value.config,
      lexicon: core.value.lexicon,
      emergency: core.value.emergency,
      tips: core.value.tips,
      redisUrl: redis.url,
      log,
      echo,
      seed,
      write: (out) => {
        if (closed) throw new OutputClosed();
        process.stdout.write(`${JSON.stringify(out)}\n`);
      },
    });
    return 0;
  } catch (err) {
    if (err instanceof OutputClosed) return 0;
    if (err instanceof ScenarioError) {
      process.stderr.write(`${file}: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await redis.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `simulation failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
