import { z } from 'zod';
import { WorldSchema, type World } from './world';

/** `90s`, `15m`, `2h`, `1d` (and combinations such as `1h30m`). */
export function parseDuration(text: string): number | null {
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!m || text.trim() === '') return null;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return (((d * 24 + h) * 60 + min) * 60 + s) * 1000;
}

const id = z.string().min(1);

const GroupSay = z
  .object({ from: id, group: id, say: z.string(), mention: z.boolean().default(false) })
  .strict();
const DirectSay = z.object({ from: id, say: z.string(), bot: id.optional() }).strict();
const Media = z
  .object({ from: id, group: id.optional(), type: z.enum(['image', 'voice', 'file']), bot: id.optional() })
  .strict();
const Advance = z
  .object({
    advance: z.string().refine((s) => parseDuration(s) !== null, 'a duration such as 90s, 15m, 2h or 1d'),
  })
  .strict();
const At = z.object({ at: z.iso.datetime({ offset: true }) }).strict();
const Redeliver = z.object({ redeliver: z.literal(true) }).strict();
const Restart = z.object({ restart: z.literal(true) }).strict();

export type ScenarioStep =
  | ({ kind: 'group-say' } & z.infer<typeof GroupSay>)
  | ({ kind: 'dm-say' } & z.infer<typeof DirectSay>)
  | ({ kind: 'media' } & z.infer<typeof Media>)
  | { kind: 'advance'; ms: number }
  | { kind: 'at'; at: number }
  | { kind: 'redeliver' }
  | { kind: 'restart' };

export type ParsedLine = { kind: 'world'; world: World } | ScenarioStep | { kind: 'blank' };

export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const explain = (e: z.ZodError): string =>
  e.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

/**
 * Parses one scenario line (1-based `line` for messages). Blank lines and lines starting with // are skipped.
 * `first`: no step came before this line (a world line is allowed only then).
 */
export function parseScenarioLine(text: string, line: number, first = line === 1): ParsedLine {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('//')) return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    throw new ScenarioError(line, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioError(line, 'each line must be one JSON object');
  }
  const o = value as Record<string, unknown>;
  const parse = <T>(schema: z.ZodType<T>): T => {
    const r = schema.safeParse(o);
    if (!r.success) throw new ScenarioError(line, explain(r.error));
    return r.data;
  };
  if ('world' in o) {
    if (!first) throw new ScenarioError(line, 'a "world" line may only be the first line');
    const r = WorldSchema.safeParse(o.world);
    if (!r.success) throw new ScenarioError(line, `world: ${explain(r.error)}`);
    if (Object.keys(o).length !== 1) throw new ScenarioError(line, 'a "world" line holds only "world"');
    return { kind: 'world', world: r.data };
  }
  if ('advance' in o) return { kind: 'advance', ms: parseDuration(parse(Advance).advance) ?? 0 };
  if ('at' in o) return { kind: 'at', at: Date.parse(parse(At).at) };
  if ('redeliver' in o) return (parse(Redeliver), { kind: 'redeliver' });
  if ('restart' in o) return (parse(Restart), { kind: 'restart' });
  if ('type' in o) return { kind: 'media', ...parse(Media) };
  if ('say' in o && 'group' in o) return { kind: 'group-say', ...parse(GroupSay) };
  if ('say' in o) return { kind: 'dm-say', ...parse(DirectSay) };
  throw new ScenarioError(
    line,
    'unknown step: expected one of world, say (with from, optionally group and mention), type, advance, at, redeliver, restart',
  );
}
