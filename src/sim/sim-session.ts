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
  /** Lines used so far (a failed step uses its line too, so no two messages ever share a message id). */
  private lines = 1;

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
      this.lines += 1; // line 1 of an exported session is its world
      const line = this.lines;
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

  /**
   * Runs every line of a scenario text, after checking all of them (an error names the line of the text, and then
   * nothing has run). A first `world` line is allowed and skipped: a session runs in the world it started with.
   */
  async load(text: string): Promise<SessionStep[]> {
    const inputs: Array<Record<string, unknown>> = [];
    let first = true;
    text.split(/\r?\n/u).forEach((raw, i) => {
      const parsed = parseScenarioLine(raw, i + 1, first);
      if (parsed.kind === 'blank') return;
      first = false;
      if (parsed.kind !== 'world') inputs.push(JSON.parse(raw) as Record<string, unknown>);
    });
    const done: SessionStep[] = [];
    for (const input of inputs) done.push(await this.run(input));
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
