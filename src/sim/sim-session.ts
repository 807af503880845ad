import { parseScenarioLine, ScenarioError } from './scenario';
import type { Simulation, TranscriptLine } from './simulation';
import type { World } from './world';

/** One step of a console session: the scenario line typed (or clicked) and what the bot sent because of it. */
export interface SessionStep {
  line: number;
  input: Record<string, unknown>;
  out: TranscriptLine[];
}

/**
 * The web console's simulator: scenario lines from the browser (speak as anyone, move the clock, load a file) run one
 * at a time through the real simulation, and the session can be exported as a scenario file `npm run simulate` replays.
 */
export class SimSession {
  readonly steps: SessionStep[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly sim: Simulation,
    readonly world: World,
  ) {}

  get now(): number {
    return this.sim.clock.now();
  }

  /** Runs one scenario line (a JSON object as in README "Simulator"); steps run in order, one at a time. */
  run(input: Record<string, unknown>): Promise<SessionStep> {
    const next = this.queue.then(async () => {
      const line = this.steps.length + 2; // line 1 of an exported session is its world
      const parsed = parseScenarioLine(JSON.stringify(input), line, false);
      if (parsed.kind === 'blank' || parsed.kind === 'world')
        throw new ScenarioError(line, 'a step, not a world or a blank line');
      const out = await this.sim.step(parsed, line);
      const step = { line, input, out };
      this.steps.push(step);
      return step;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs every line of a scenario text (its world line, if any, must be the current world: it is skipped). */
  async load(text: string): Promise<SessionStep[]> {
    const done: SessionStep[] = [];
    for (const raw of text.split(/\r?\n/u)) {
      const t = raw.trim();
      if (!t || t.startsWith('//')) continue;
      const value = JSON.parse(t) as Record<string, unknown>;
      if ('world' in value) continue;
      done.push(await this.run(value));
    }
    return done;
  }

  /** The session as a scenario file: the world, then every step in order. */
  exportScenario(): string {
    return (
      [JSON.stringify({ world: this.world }), ...this.steps.map((s) => JSON.stringify(s.input))].join('\n') +
      '\n'
    );
  }
}
