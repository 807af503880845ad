import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isTimeZone } from './domain/roster';
import { TipFileSchema, type Tip } from './domain/tips';
import { EmergencyNumbersSchema, type EmergencyNumbers } from './domain/emergency';
import { compileLexicon, TriageLexiconSchema, type CompiledLexicon } from './domain/triage-lexicon';
import { compileModel, TriageModelSchema } from './domain/triage-model';

export { PROJECT_ROOT } from './paths';

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();

export const ConfigSchema = z
  .object({
    redis: z
      .object({
        /** redis://host:port/db. Unset: 127.0.0.1:6379, or a private redis-server started from PATH. */
        url: z
          .string()
          .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
          .optional(),
        /** BullMQ key prefix; one deployment per prefix. */
        prefix: z
          .string()
          .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
          .default('qht'),
        /** Start a private redis-server when none answers and no url is set. */
        autoStart: z.boolean().default(true),
      })
      .strict()
      .default({ prefix: 'qht', autoStart: true }),
    dataDir: z.string().min(1).default('data'),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    pacing: z
      .object({ minGapMs: nonNegativeInt.default(2000), jitterMs: nonNegativeInt.default(1000) })
      .strict()
      .default({ minGapMs: 2000, jitterMs: 1000 }),
    outbound: z
      .object({ attempts: positiveInt.default(6), backoffMs: positiveInt.default(5000) })
      .strict()
      .default({ attempts: 6, backoffMs: 5000 }),
    claims: z
      .object({
        leaseMinutes: positiveInt.default(30),
        /** The most open claims one doctor may hold at once. */
        capacity: positiveInt.default(3),
        /** The doctor is reminded this long before a lease runs out. */
        nudgeMinutesBefore: positiveInt.default(5),
      })
      .strict()
      .default({ leaseMinutes: 30, capacity: 3, nudgeMinutesBefore: 5 }),
    notifications: z
      .object({
        /** Notices per doctor within the window before further new tickets are batched into a digest. */
        digestAfter: positiveInt.default(3),
        digestWindowMinutes: positiveInt.default(10),
      })
      .strict()
      .default({ digestAfter: 3, digestWindowMinutes: 10 }),
    escalation: z
      .object({
        /** An unclaimed ticket climbs one step of the ladder each time this much waiting passes, by urgency. */
        claimMinutes: z
          .object({
            emergency: positiveInt.default(2),
            urgent: positiveInt.default(10),
            routine: positiveInt.default(60),
          })
          .strict()
          .default({ emergency: 2, urgent: 10, routine: 60 }),
        /** Still unclaimed after this long: closed with an apology and where else to turn. */
        closeAfterHours: positiveInt.default(24),
      })
      .strict()
      .default({ claimMinutes: { emergency: 2, urgent: 10, routine: 60 }, closeAfterHours: 24 }),
    triage: z
      .object({
        /** Groups take confident unmentioned questions unless switched off per group. */
        autoIntake: z.boolean().default(true),
      })
      .strict()
      .default({ autoIntake: true }),
    roles: z
      .object({
        /**
         * WeChat ids of the first admins, granted when the store has no admin yet (first run). After that roles are
         * granted and revoked by command (`/grant`, `/revoke`), never by editing this file.
         */
        admins: z
          .array(
            z
              .string()
              .min(1)
              .refine((s) => !s.includes('@'), 'a person id, not a group'),
          )
          .default([]),
      })
      .strict()
      .default({ admins: [] }),
    commands: z
      .object({
        perMinute: positiveInt.default(20),
        /** `/stats` and `/export` read many rows: a tighter allowance of their own. */
        reportsPerMinute: positiveInt.default(3),
      })
      .strict()
      .default({ perMinute: 20, reportsPerMinute: 3 }),
    reports: z
      .object({
        timezone: z
          .string()
          .refine(isTimeZone, 'an IANA time zone, e.g. Asia/Shanghai')
          .default('Asia/Shanghai'),
      })
      .strict()
      .default({ timezone: 'Asia/Shanghai' }),
    tips: z
      .object({
        /** Send only tips a doctor has reviewed (`reviewedBy` other than "pending"). */
        onlyReviewed: z.boolean().default(false),
        /** A group with an emergency open (or opened this recently) gets its tip later that day. */
        emergencyQuietMinutes: nonNegativeInt.default(60),
      })
      .strict()
      .default({ onlyReviewed: false, emergencyQuietMinutes: 60 }),
    broadcasts: z
      .object({
        /** How long a broadcast preview waits for its sender's `confirm`. */
        confirmMinutes: positiveInt.default(10),
      })
      .strict()
      .default({ confirmMinutes: 10 }),
    retention: z
      .object({
        /** A finished consultation's question and answer are deleted this many days after it was asked (0: kept). */
        textDays: nonNegativeInt.default(180),
      })
      .strict()
      .default({ textDays: 180 }),
    console: z
      .object({
        /** The web console (dashboard, and the simulator in demo mode) in the bot process. */
        enabled: z.boolean().default(true),
        /** 127.0.0.1 by default: put it behind a TLS proxy to reach it from elsewhere (README "Web console"). */
        host: z.string().min(1).default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8090),
        sessionMinutes: positiveInt.default(60),
        /** Names the console is reached by through a proxy (e.g. "console.example.org"); others are refused. */
        publicHosts: z.array(z.string().min(1)).default([]),
        /** Behind a TLS proxy: the session cookie is sent over HTTPS only. */
        secureCookie: z.boolean().default(false),
      })
      .strict()
      .default({
        enabled: true,
        host: '127.0.0.1',
        port: 8090,
        sessionMinutes: 60,
        publicHosts: [],
        secureCookie: false,
      }),
    gateway: z
      .object({ maxMessageAgeSeconds: positiveInt.default(120) })
      .strict()
      .default({ maxMessageAgeSeconds: 120 }),
    supervisor: z
      .object({
        loginTimeoutSeconds: positiveInt.default(300),
        silenceSeconds: positiveInt.default(900),
        connectionLostSeconds: positiveInt.default(60),
        checkEverySeconds: positiveInt.default(30),
      })
      .strict()
      .default({
        loginTimeoutSeconds: 300,
        silenceSeconds: 900,
        connectionLostSeconds: 60,
        checkEverySeconds: 30,
      }),
    tick: z
      .object({ everySeconds: positiveInt.default(15) })
      .strict()
      .default({ everySeconds: 15 }),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

export const BotFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and - only (it names a queue)'),
    /** The account's display name in WeChat, as people type it after @. */
    name: z.string().min(1),
    puppet: z.enum(['wechaty-puppet-service', 'wechaty-puppet-mock']),
    /** Name of the env var holding the puppet-service token (never the token itself). */
    tokenEnv: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/, 'an env var name, e.g. QHT_BOT_1_TOKEN')
      .optional(),
    /** Name of the env var holding host:port of the puppet service (recommended: skips token discovery). */
    endpointEnv: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/, 'an env var name, e.g. QHT_BOT_1_ENDPOINT')
      .optional(),
    tls: z.boolean().default(false),
    timeoutSeconds: positiveInt.default(240),
    enabled: z.boolean().default(true),
  })
  .strict();

export type BotFile = z.infer<typeof BotFileSchema>;

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an env var name, e.g. QHT_DINGTALK_APP_KEY');

/** A DingTalk enterprise robot (Stream mode); its secrets by env var name. */
export const DingTalkBotSchema = z
  .object({
    id: BotFileSchema.shape.id,
    /** The robot's name in DingTalk, as people type it after @. */
    name: z.string().min(1),
    platform: z.literal('dingtalk'),
    appKeyEnv: envName,
    appSecretEnv: envName,
    /** The robot code, when it differs from the AppKey. */
    robotCodeEnv: envName.optional(),
    apiBase: z.url().default('https://api.dingtalk.com'),
    enabled: z.boolean().default(true),
  })
  .strict();

/** A WeChat Official Account: the server URL this process answers, and its secrets by env var name. */
export const OfficialAccountBotSchema = z
  .object({
    id: BotFileSchema.shape.id,
    name: z.string().min(1),
    platform: z.literal('wechat-oa'),
    appIdEnv: envName,
    appSecretEnv: envName,
    /** The Token of the account's server configuration. */
    tokenEnv: envName,
    /** The EncodingAESKey, for safe mode (recommended). */
    aesKeyEnv: envName.optional(),
    /** Where to listen: put it behind the HTTPS proxy the account's server URL points at. */
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(1).max(65535).default(8081),
    apiBase: z.url().default('https://api.weixin.qq.com'),
    enabled: z.boolean().default(true),
  })
  .strict();

/** A bot account on another platform, with its secrets read from the environment. */
export type ChannelBot =
  | {
      platform: 'dingtalk';
      id: string;
      name: string;
      appKey: string;
      appSecret: string;
      robotCode?: string;
      apiBase: string;
    }
  | {
      platform: 'wechat-oa';
      id: string;
      name: string;
      appId: string;
      appSecret: string;
      token: string;
      aesKey?: string;
      host: string;
      port: number;
      apiBase: string;
    };

/** Reads the DingTalk and Official Account bot files; an enabled one must have every secret it names. */
export function resolveChannels(
  files: Array<{ file: string; value: unknown }>,
  env: NodeJS.ProcessEnv,
): Loaded<ChannelBot[]> {
  const problems: string[] = [];
  const out: ChannelBot[] = [];
  const need = (file: string, name: string): string => {
    const v = env[name];
    if (!v) problems.push(`${file}: set ${name} (or set "enabled": false)`);
    return v ?? '';
  };
  for (const { file, value } of files) {
    const platform = (value as { platform?: unknown } | null)?.platform;
    if (platform === 'dingtalk') {
      const r = DingTalkBotSchema.safeParse(value);
      if (!r.success) problems.push(...issues(file, r.error));
      else if (r.data.enabled) {
        const b = r.data;
        out.push({
          platform: 'dingtalk',
          id: b.id,
          name: b.name,
          appKey: need(file, b.appKeyEnv),
          appSecret: need(file, b.appSecretEnv),
          robotCode: b.robotCodeEnv ? need(file, b.robotCodeEnv) : undefined,
          apiBase: b.apiBase.replace(/\/$/u, ''),
        });
      }
    } else {
      const r = OfficialAccountBotSchema.safeParse(value);
      if (!r.success) problems.push(...issues(file, r.error));
      else if (r.data.enabled) {
        const b = r.data;
        const aesKey = b.aesKeyEnv ? need(file, b.aesKeyEnv) : undefined;
        if (aesKey && aesKey.length !== 43)
          problems.push(`${file}: ${b.aesKeyEnv ?? ''} must be the 43-character EncodingAESKey`);
        out.push({
          platform: 'wechat-oa',
          id: b.id,
          name: b.name,
          appId: need(file, b.appIdEnv),
          appSecret: need(file, b.appSecretEnv),
          token: need(file, b.tokenEnv),
          aesKey,
          host: b.host,
          port: b.port,
          apiBase: b.apiBase.replace(/\/$/u, ''),
        });
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

/** Whether a bot file is for another platform than personal WeChat. */
const isChannelFile = (value: unknown): boolean => {
  const platform = (value as { platform?: unknown } | null)?.platform;
  return platform === 'dingtalk' || platform === 'wechat-oa';
};

/** A bot account ready to connect: the file plus the secrets its env vars hold. */
export interface BotAccount extends BotFile {
  token?: string;
  endpoint?: string;
  /** The env var the endpoint came from (for error messages). */
  endpointFrom?: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function issues(where: string, error: z.ZodError): string[] {
  return error.issues.map(
    (i) => `${where}: ${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`,
  );
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch (err) {
    return { ok: false, problem: `${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * Env overrides, read from `env` only (pure): REDIS_URL, REDIS_PREFIX, DATA_DIR, LOG_LEVEL, and any key as
 * QHT__section__key=value (value parsed as JSON when it is JSON, e.g. QHT__pacing__minGapMs=1500).
 */
export function envOverrides(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  const set = (path: string[], value: unknown): void => {
    let node = out as Record<string, unknown>;
    path.slice(0, -1).forEach((k) => {
      if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
      node = node[k] as Record<string, unknown>;
    });
    node[path[path.length - 1] as string] = value;
  };
  const parse = (v: string): unknown => {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  };
  if (env.REDIS_URL) set(['redis', 'url'], env.REDIS_URL);
  if (env.REDIS_PREFIX) set(['redis', 'prefix'], env.REDIS_PREFIX);
  if (env.DATA_DIR) set(['dataDir'], env.DATA_DIR);
  if (env.LOG_LEVEL) set(['logLevel'], env.LOG_LEVEL);
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('QHT__') && v !== undefined) set(k.slice(5).split('__'), parse(v));
  }
  return out;
}

function merge(base: unknown, over: unknown): unknown {
  if (
    typeof base !== 'object' ||
    base === null ||
    typeof over !== 'object' ||
    over === null ||
    Array.isArray(over)
  ) {
    return over === undefined ? base : over;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}

export function parseConfig(
  fileValue: unknown,
  env: NodeJS.ProcessEnv,
  where = 'config/default.json',
): Loaded<Config> {
  const r = ConfigSchema.safeParse(merge(fileValue, envOverrides(env)));
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, problems: issues(`${where} (+ env)`, r.error) };
}

/**
 * Resolves each bot file's env var names into secrets. A single enabled account may also use Wechaty's own
 * WECHATY_PUPPET_SERVICE_TOKEN; any account falls back to WECHATY_PUPPET_SERVICE_ENDPOINT for its endpoint.
 */
export function resolveBots(
  files: Array<{ file: string; value: unknown }>,
  env: NodeJS.ProcessEnv,
): Loaded<BotAccount[]> {
  const problems: string[] = [];
  const bots: BotAccount[] = [];
  const ids = new Set<string>();
  const parsed: Array<{ file: string; bot: BotFile }> = [];
  for (const { file, value } of files) {
    const r = BotFileSchema.safeParse(value);
    if (!r.success) problems.push(...issues(file, r.error));
    else parsed.push({ file, bot: r.data });
  }
  const enabled = parsed.filter((p) => p.bot.enabled).length;
  const single = enabled === 1;
  if (env.WECHATY_PUPPET_SERVICE_TOKEN && enabled > 1) {
    problems.push(
      `WECHATY_PUPPET_SERVICE_TOKEN is set but ${enabled} bot accounts are enabled: give each bot file its own tokenEnv`,
    );
  }
  for (const { file, bot: b } of parsed) {
    const bot: BotAccount = { ...b };
    if (ids.has(bot.id)) problems.push(`${file}: id "${bot.id}" is used by another bot file`);
    ids.add(bot.id);
    if (bot.puppet === 'wechaty-puppet-service') {
      const token = bot.tokenEnv ? env[bot.tokenEnv] : undefined;
      bot.token = token || (single ? env.WECHATY_PUPPET_SERVICE_TOKEN : undefined) || undefined;
      const own = bot.endpointEnv ? env[bot.endpointEnv] : undefined;
      const shared = env.WECHATY_PUPPET_SERVICE_ENDPOINT;
      bot.endpoint = own || shared || undefined;
      if (bot.endpoint) bot.endpointFrom = own ? bot.endpointEnv : 'WECHATY_PUPPET_SERVICE_ENDPOINT';
    }
    bots.push(bot);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: bots };
}

/**
 * The accounts to connect. None configured (no token anywhere) means demo mode; once one has a token, every enabled
 * account must have one, so a half-configured deployment stops instead of silently serving fewer groups.
 */
export function liveBots(bots: BotAccount[]): Loaded<BotAccount[]> {
  const enabled = bots.filter((b) => b.enabled && b.puppet === 'wechaty-puppet-service');
  const configured = enabled.filter((b) => b.token);
  if (configured.length === 0) return { ok: true, value: [] };
  const problems: string[] = [];
  for (const b of enabled) {
    if (!b.token)
      problems.push(
        `bots/${b.id}.json: set ${b.tokenEnv ?? 'a tokenEnv'} to this account's token (or set "enabled": false)`,
      );
    if (b.endpoint && !/^[^:\s]+:\d+$/.test(b.endpoint)) {
      problems.push(
        `bots/${b.id}.json: ${b.endpointFrom ?? 'the endpoint'} must be host:port, got "${b.endpoint}"`,
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: configured };
}

export interface LoadedCore {
  config: Config;
  lexicon: CompiledLexicon;
  emergency: EmergencyNumbers;
  /** The tips library: every config/tips/*.json, in file then list order. */
  tips: Tip[];
}

export interface LoadedSetup extends LoadedCore {
  bots: BotAccount[];
  /** Enabled DingTalk robots and Official Accounts. */
  channels: ChannelBot[];
}

/**
 * Reads config/default.json (or QHT_CONFIG), config/triage.json, config/triage-model.json and
 * config/emergency-numbers.json, applying env;
 * collects every problem.
 */
export function loadCore(root: string, env: NodeJS.ProcessEnv): Loaded<LoadedCore> {
  const problems: string[] = [];
  const configFile = env.QHT_CONFIG ?? join(root, 'config', 'default.json');
  const raw = readJson(configFile);
  let config: Config | undefined;
  if (!raw.ok) problems.push(raw.problem);
  else {
    const c = parseConfig(raw.value, env, configFile);
    if (c.ok) config = c.value;
    else problems.push(...c.problems);
  }
  const lex = readConfigFile(join(root, 'config', 'triage.json'), TriageLexiconSchema, problems);
  const emergency = readConfigFile(
    join(root, 'config', 'emergency-numbers.json'),
    EmergencyNumbersSchema,
    problems,
  );
  const model = readConfigFile(join(root, 'config', 'triage-model.json'), TriageModelSchema, problems);
  const tips = readTips(join(root, 'config', 'tips'), problems);
  if (problems.length > 0 || !config || !lex || !model || !emergency) return { ok: false, problems };
  const lexicon = { ...compileLexicon(lex), model: compileModel(model) };
  return { ok: true, value: { config, lexicon, emergency, tips } };
}

/** Every tip file under `dir` (sorted by name); tip ids must be unique across files. */
function readTips(dir: string, problems: string[]): Tip[] {
  if (!existsSync(dir)) return [];
  const tips: Tip[] = [];
  const seen = new Map<string, string>();
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const file = join(dir, f);
    const parsed = readConfigFile(file, TipFileSchema, problems);
    for (const t of parsed?.tips ?? []) {
      const other = seen.get(t.id);
      if (other) problems.push(`${file}: tip id "${t.id}" is also used in ${other}`);
      seen.set(t.id, file);
      tips.push(t);
    }
  }
  return tips;
}

/** Reads and validates one JSON file under config/; problems are collected, not thrown. */
function readConfigFile<T>(file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  const raw = readJson(file);
  if (!raw.ok) {
    problems.push(raw.problem);
    return undefined;
  }
  const parsed = schema.safeParse(raw.value);
  if (parsed.success) return parsed.data;
  problems.push(...issues(file, parsed.error));
  return undefined;
}

/** loadCore plus bots/*.json (or QHT_BOTS_DIR), resolved against the environment. */
export function loadSetup(root: string, env: NodeJS.ProcessEnv): Loaded<LoadedSetup> {
  const core = loadCore(root, env);
  const problems = core.ok ? [] : [...core.problems];
  const botsDir = env.QHT_BOTS_DIR ?? join(root, 'bots');
  const files = existsSync(botsDir)
    ? readdirSync(botsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const botValues: Array<{ file: string; value: unknown }> = [];
  for (const f of files) {
    const j = readJson(join(botsDir, f));
    if (j.ok) botValues.push({ file: `bots/${f}`, value: j.value });
    else problems.push(j.problem);
  }
  const bots = resolveBots(
    botValues.filter((b) => !isChannelFile(b.value)),
    env,
  );
  if (!bots.ok) problems.push(...bots.problems);
  const channels = resolveChannels(
    botValues.filter((b) => isChannelFile(b.value)),
    env,
  );
  if (!channels.ok) problems.push(...channels.problems);
  if (bots.ok && channels.ok) {
    const wechat = new Set(bots.value.map((b) => b.id));
    for (const c of channels.value)
      if (wechat.has(c.id))
        problems.push(`bots/: id "${c.id}" is used by a WeChat and a ${c.platform} bot file`);
  }
  const live = bots.ok ? liveBots(bots.value) : undefined;
  if (live && !live.ok) problems.push(...live.problems);
  if (problems.length > 0 || !core.ok || !live?.ok || !channels.ok) return { ok: false, problems };
  return { ok: true, value: { ...core.value, bots: live.value, channels: channels.value } };
}

export function formatProblems(problems: string[]): string {
  return [
    `侨海通 cannot start: ${problems.length} configuration problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((p) => `  - ${p}`),
    'Fix them in config/default.json, bots/*.json or the environment (see README "Configuration"), then start again.',
  ].join('\n');
}
