import type { Logger } from 'pino';
import type { Config } from '../config';
import type { EmergencyNumbers } from '../domain/emergency';
import type { CompiledLexicon } from '../domain/triage-lexicon';
import type { Tip } from '../domain/tips';
import { parseScenarioLine, ScenarioError, type ScenarioStep } from './scenario';
import { Simulation, type TranscriptLine } from './simulation';
import type { World } from './world';

export interface RunScenarioOptions {
  /** The world used when the scenario has no world line (config/demo-world.json). */
  defaultWorld: World;
  config: Config;
  lexicon: CompiledLexicon;
  emergency: EmergencyNumbers;
  tips: Tip[];
  redisUrl: string;
  log: Logger;
  echo?: boolean;
  seed?: number;
  /** Receives every output object in order: transcript lines, and `{step}` markers with echo. */
  write: (out: TranscriptLine | { step: number }) => void;
}

/**
 * Parses the whole scenario first (so a malformed line fails before anything runs), then runs it step by step,
 * writing what the bot sends after each step.
 */
export async function runScenario(text: string, o: RunScenarioOptions): Promise<void> {
  const lines = text.split(/\r?\n/);
  let world = o.defaultWorld;
  const steps: Array<{ line: number; step: ScenarioStep | null }> = [];
  lines.forEach((raw, i) => {
    const parsed = parseScenarioLine(raw, i + 1, steps.length === 0);
    if (parsed.kind === 'blank') return;
    if (parsed.kind === 'world') {
      world = parsed.world;
      steps.push({ line: i + 1, step: null });
    } else steps.push({ line: i + 1, step: parsed });
  });
  const groups = new Set(world.groups.map((g) => g.id));
  const bots = new Set(world.bots.map((b) => b.id));
  // the clock only moves forward: an "at" before the time reached by then is a malformed scenario too
  let clock = Date.parse(world.start);
  let messages = 0;
  for (const { line, step } of steps) {
    if (step?.kind === 'group-say' || step?.kind === 'dm-say' || step?.kind === 'media') messages++;
    if (step?.kind === 'redeliver' && messages === 0) {
      throw new ScenarioError(line, 'nothing to redeliver: no message was delivered before this line');
    }
    if (step?.kind === 'advance') clock += step.ms;
    if (step?.kind === 'at') {
      if (step.at < clock) {
        throw new ScenarioError(
          line,
          `"at" must not go back in time (the clock reads ${new Date(clock).toISOString()})`,
        );
      }
      clock = step.at;
    }
    if (step && 'group' in step && step.group !== undefined && !groups.has(step.group)) {
      throw new ScenarioError(line, `unknown group "${step.group}" (not in the world)`);
    }
    if (step && 'bot' in step && step.bot !== undefined && !bots.has(step.bot)) {
      throw new ScenarioError(line, `unknown bot account "${step.bot}" (not in the world)`);
    }
  }
  const sim = await Simulation.start({
    world,
    config: o.config,
    lexicon: o.lexicon,
    emergency: o.emergency,
    tips: o.tips,
    redisUrl: o.redisUrl,
    log: o.log,
    seed: o.seed,
  });
  try {
    for (const { line, step } of steps) {
      if (o.echo) o.write({ step: line });
      if (!step) continue;
      for (const out of await sim.step(step, line)) o.write(out);
    }
  } finally {
    await sim.close();
  }
}
