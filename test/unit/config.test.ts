import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatProblems,
  liveBots,
  loadCore,
  loadSetup,
  parseConfig,
  resolveBots,
  resolveChannels,
  type BotAccount,
  type Config,
  type Loaded,
} from '../../src/config';
import { PROJECT_ROOT } from '../../src/paths';

const DEFAULTS: Config = {
  redis: { prefix: 'qht', autoStart: true },
  dataDir: 'data',
  logLevel: 'info',
  pacing: { minGapMs: 2000, jitterMs: 1000 },
  outbound: { attempts: 6, backoffMs: 5000 },
  claims: { leaseMinutes: 30, capacity: 3, nudgeMinutesBefore: 5 },
  notifications: { digestAfter: 3, digestWindowMinutes: 10 },
  escalation: { claimMinutes: { emergency: 2, urgent: 10, routine: 60 }, closeAfterHours: 24 },
  triage: { autoIntake: true },
  roles: { admins: [] },
  commands: { perMinute: 20, reportsPerMinute: 3 },
  reports: { timezone: 'Asia/Shanghai' },
  tips: { onlyReviewed: false, emergencyQuietMinutes: 60 },
  broadcasts: { confirmMinutes: 10 },
  retention: { textDays: 180 },
  console: {
    enabled: true,
    host: '127.0.0.1',
    port: 8090,
    sessionMinutes: 60,
    publicHosts: [],
    secureCookie: false,
  },
  gateway: { maxMessageAgeSeconds: 120 },
  supervisor: {
    loginTimeoutSeconds: 300,
    silenceSeconds: 900,
    connectionLostSeconds: 60,
    checkEverySeconds: 30,
  },
  tick: { everySeconds: 15 },
};

function valueOf<T>(r: Loaded<T>): T {
  if (!r.ok) throw new Error(`expected ok, got problems:\n${r.problems.join('\n')}`);
  return r.value;
}

function problemsOf<T>(r: Loaded<T>): string[] {
  if (r.ok) throw new Error(`expected problems, got ${JSON.stringify(r.value)}`);
  return r.problems;
}

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe('parseConfig', () => {
  it('fills every default from an empty file and an empty environment', () => {
    expect(valueOf(parseConfig({}, {}))).toEqual(DEFAULTS);
  });

  it('config/default.json holds exactly the defaults', () => {
    const file = JSON.parse(readFileSync(join(PROJECT_ROOT, 'config', 'default.json'), 'utf8')) as unknown;
    expect(valueOf(parseConfig(file, {}))).toEqual(DEFAULTS);
  });

  it('fills the defaults of a partly written section', () => {
    const config = valueOf(
      parseConfig({ pacing: { jitterMs: 0 }, redis: { url: 'redis://cache:6379' } }, {}),
    );
    expect(config.pacing).toEqual({ minGapMs: 2000, jitterMs: 0 });
    expect(config.redis).toEqual({ url: 'redis://cache:6379', prefix: 'qht', autoStart: true });
  });

  it.each<{ env: NodeJS.ProcessEnv; path: string; value: unknown }>([
    { env: { REDIS_URL: 'redis://10.0.0.5:6380/2' }, path: 'redis.url', value: 'redis://10.0.0.5:6380/2' },
    {
      env: { REDIS_URL: 'rediss://user:pw@cache.example:6380' },
      path: 'redis.url',
      value: 'rediss://user:pw@cache.example:6380',
    },
    { env: { REDIS_URL: 'redis://10.0.0.5:6380/2' }, path: 'redis.prefix', value: 'qht' },
    { env: { REDIS_PREFIX: 'qht-staging' }, path: 'redis.prefix', value: 'qht-staging' },
    { env: { DATA_DIR: '/var/lib/qiaohaitong' }, path: 'dataDir', value: '/var/lib/qiaohaitong' },
    { env: { LOG_LEVEL: 'debug' }, path: 'logLevel', value: 'debug' },
    { env: { QHT__pacing__minGapMs: '1500' }, path: 'pacing.minGapMs', value: 1500 },
    { env: { QHT__pacing__minGapMs: '1500' }, path: 'pacing.jitterMs', value: 1000 },
    { env: { QHT__redis__autoStart: 'false' }, path: 'redis.autoStart', value: false },
    { env: { QHT__claims__leaseMinutes: '45' }, path: 'claims.leaseMinutes', value: 45 },
    { env: { QHT__dataDir: '/srv/侨海通' }, path: 'dataDir', value: '/srv/侨海通' },
    { env: { DATA_DIR: '' }, path: 'dataDir', value: 'data' },
    { env: { UNRELATED: 'x', QHT_CONFIG: '/nowhere.json' }, path: 'logLevel', value: 'info' },
  ])('env $env sets $path to $value', ({ env, path, value }) => {
    expect(at(valueOf(parseConfig({}, env)), path)).toEqual(value);
  });

  it('the environment wins over the file', () => {
    const config = valueOf(
      parseConfig(
        { logLevel: 'warn', pacing: { minGapMs: 3000, jitterMs: 500 } },
        { LOG_LEVEL: 'debug', QHT__pacing__minGapMs: '1500' },
      ),
    );
    expect(config.logLevel).toBe('debug');
    expect(config.pacing).toEqual({ minGapMs: 1500, jitterMs: 500 });
  });

  it('returns every problem at once, each with its path', () => {
    const problems = problemsOf(
      parseConfig(
        {
          redis: { url: 'http://cache:6379', prefix: 'qht prod' },
          logLevel: 'verbose',
          pacing: { minGapMs: -1 },
          outbound: { attempts: 0 },
          extra: true,
        },
        {},
      ),
    );
    expect(problems.map((p) => p.split(': ')[1])).toEqual([
      'redis.url',
      'redis.prefix',
      'logLevel',
      'pacing.minGapMs',
      'outbound.attempts',
      '(root)',
    ]);
    for (const p of problems) expect(p.startsWith('config/default.json (+ env): ')).toBe(true);
    expect(problems[0]).toContain('must start with redis:// or rediss://');
    expect(problems[5]).toContain('extra');
  });

  it.each<{ env: NodeJS.ProcessEnv; problem: string }>([
    { env: { LOG_LEVEL: 'verbose' }, problem: 'config/default.json (+ env): logLevel: ' },
    {
      env: { REDIS_URL: '127.0.0.1:6379' },
      problem: 'config/default.json (+ env): redis.url: must start with redis:// or rediss://',
    },
    {
      env: { REDIS_PREFIX: 'qht:prod' },
      problem: 'config/default.json (+ env): redis.prefix: letters, digits, _ and - only',
    },
    { env: { QHT__pacing__minGapMs: '1.5s' }, problem: 'config/default.json (+ env): pacing.minGapMs: ' },
    {
      env: { QHT__pacing__minGap: '1500' },
      problem: 'config/default.json (+ env): pacing: Unrecognized key: "minGap"',
    },
    { env: { QHT__tick__everySeconds: '0' }, problem: 'config/default.json (+ env): tick.everySeconds: ' },
  ])('a bad env value is a problem: $env', ({ env, problem }) => {
    const problems = problemsOf(parseConfig({}, env));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('collects file and env problems together', () => {
    const problems = problemsOf(
      parseConfig({ dataDir: '' }, { LOG_LEVEL: 'loud', QHT__outbound__backoffMs: '-1' }, '/etc/qht.json'),
    );
    expect(problems.map((p) => p.split(': ')[1]).sort()).toEqual([
      'dataDir',
      'logLevel',
      'outbound.backoffMs',
    ]);
    for (const p of problems) expect(p.startsWith('/etc/qht.json (+ env): ')).toBe(true);
  });
});

const BOT_1 = {
  id: 'qingxiaoyi-1',
  name: '青小医',
  puppet: 'wechaty-puppet-service',
  tokenEnv: 'QHT_BOT_QINGXIAOYI_1_TOKEN',
  endpointEnv: 'QHT_BOT_QINGXIAOYI_1_ENDPOINT',
};
const BOT_2 = {
  id: 'qingxiaoyi-2',
  name: '青小医2号',
  puppet: 'wechaty-puppet-service',
  tokenEnv: 'QHT_BOT_QINGXIAOYI_2_TOKEN',
  endpointEnv: 'QHT_BOT_QINGXIAOYI_2_ENDPOINT',
};
const BOT_2_OFF = { ...BOT_2, enabled: false };
const MOCK_BOT = { id: 'demo', name: '演示小医', puppet: 'wechaty-puppet-mock' };

function files(...values: Array<Record<string, unknown>>): Array<{ file: string; value: unknown }> {
  return values.map((value) => ({ file: `bots/${String(value.id)}.json`, value }));
}

/** resolveBots then liveBots, as loadSetup does. */
function live(values: Array<Record<string, unknown>>, env: NodeJS.ProcessEnv): Loaded<BotAccount[]> {
  return liveBots(valueOf(resolveBots(files(...values), env)));
}

describe('resolveBots and liveBots', () => {
  it.each<{ why: string; bots: Array<Record<string, unknown>>; env: NodeJS.ProcessEnv }>([
    { why: 'one bot, empty env', bots: [BOT_1], env: {} },
    { why: 'two bots, empty env', bots: [BOT_1, BOT_2], env: {} },
    {
      why: 'endpoints but no token',
      bots: [BOT_1, BOT_2],
      env: { QHT_BOT_QINGXIAOYI_1_ENDPOINT: '10.0.0.5:8788' },
    },
    { why: 'an empty token', bots: [BOT_1], env: { QHT_BOT_QINGXIAOYI_1_TOKEN: '' } },
    { why: 'only a mock bot', bots: [MOCK_BOT], env: { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_xyz' } },
    { why: 'no bot files', bots: [], env: {} },
  ])('no token anywhere is demo mode: $why', ({ bots, env }) => {
    expect(valueOf(live(bots, env))).toEqual([]);
  });

  it('a token for one enabled bot but not for another is a problem naming the missing env var', () => {
    const problems = problemsOf(live([BOT_1, BOT_2], { QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('bots/qingxiaoyi-2.json');
    expect(problems[0]).toContain('set QHT_BOT_QINGXIAOYI_2_TOKEN');
    expect(problems[0]).toContain('"enabled": false');
  });

  it('a bot without tokenEnv is told to get one', () => {
    const problems = problemsOf(
      live([BOT_1, { ...BOT_2, tokenEnv: undefined }], { QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1' }),
    );
    expect(problems).toEqual([expect.stringContaining('bots/qingxiaoyi-2.json: set a tokenEnv')]);
  });

  it('connects every enabled bot once each has its token', () => {
    const bots = valueOf(
      live([BOT_1, BOT_2], {
        QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1',
        QHT_BOT_QINGXIAOYI_2_TOKEN: 'puppet_token_2',
        QHT_BOT_QINGXIAOYI_1_ENDPOINT: '10.0.0.5:8788',
      }),
    );
    expect(bots.map((b) => [b.id, b.token, b.endpoint])).toEqual([
      ['qingxiaoyi-1', 'puppet_token_1', '10.0.0.5:8788'],
      ['qingxiaoyi-2', 'puppet_token_2', undefined],
    ]);
    expect(bots[0]).toMatchObject({ tls: false, timeoutSeconds: 240, enabled: true });
  });

  it('a disabled bot needs no token and is not connected', () => {
    const bots = valueOf(live([BOT_1, BOT_2_OFF], { QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1' }));
    expect(bots.map((b) => b.id)).toEqual(['qingxiaoyi-1']);
  });

  it.each<{ key: string; value: unknown }>([
    { key: 'token', value: 'puppet_secret_123' },
    { key: 'endpoint', value: '10.0.0.5:8788' },
    { key: 'groups', value: ['milano-qt@chatroom'] },
  ])('a bot file holding "$key" is rejected (secrets live in env vars)', ({ key, value }) => {
    const problems = problemsOf(resolveBots(files({ ...BOT_1, [key]: value }), {}));
    expect(problems).toEqual([`bots/qingxiaoyi-1.json: (root): Unrecognized key: "${key}"`]);
  });

  it('collects the problems of every bot file, with paths', () => {
    const problems = problemsOf(
      resolveBots(
        [
          { file: 'bots/a.json', value: { ...BOT_1, id: 'QingXiaoYi' } },
          {
            file: 'bots/b.json',
            value: { ...BOT_2, tokenEnv: 'qht-token', puppet: 'wechaty-puppet-padlocal' },
          },
          { file: 'bots/c.json', value: { ...BOT_1, name: '' } },
        ],
        {},
      ),
    );
    expect(problems.map((p) => p.split(': ').slice(0, 2).join(': ')).sort()).toEqual([
      'bots/a.json: id',
      'bots/b.json: puppet',
      'bots/b.json: tokenEnv',
      'bots/c.json: name',
    ]);
    expect(problems.find((p) => p.startsWith('bots/b.json: tokenEnv'))).toContain('an env var name');
  });

  it('refuses two bot files with the same id', () => {
    const problems = problemsOf(
      resolveBots(
        [
          { file: 'bots/qingxiaoyi-1.json', value: BOT_1 },
          { file: 'bots/copy.json', value: { ...BOT_2, id: 'qingxiaoyi-1' } },
        ],
        {},
      ),
    );
    expect(problems).toEqual(['bots/copy.json: id "qingxiaoyi-1" is used by another bot file']);
  });

  it.each<{ endpoint: string; ok: boolean }>([
    { endpoint: '10.0.0.5:8788', ok: true },
    { endpoint: 'puppet.example.com:443', ok: true },
    { endpoint: 'localhost:30000', ok: true },
    { endpoint: 'localhost', ok: false },
    { endpoint: 'http://10.0.0.5:8788', ok: false },
    { endpoint: '10.0.0.5:', ok: false },
    { endpoint: '10.0.0.5: 8788', ok: false },
    { endpoint: '10.0.0.5：8788', ok: false },
  ])('endpoint "$endpoint" → ok $ok', ({ endpoint, ok }) => {
    const r = live([BOT_1], {
      QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1',
      QHT_BOT_QINGXIAOYI_1_ENDPOINT: endpoint,
    });
    if (ok) {
      expect(valueOf(r)[0]?.endpoint).toBe(endpoint);
    } else {
      expect(problemsOf(r)).toEqual([
        `bots/qingxiaoyi-1.json: QHT_BOT_QINGXIAOYI_1_ENDPOINT must be host:port, got "${endpoint}"`,
      ]);
    }
  });

  it.each<{
    why: string;
    bot: Record<string, unknown>;
    env: NodeJS.ProcessEnv;
    endpoint: string | undefined;
  }>([
    {
      why: 'its own endpoint env var is unset',
      bot: BOT_1,
      env: { WECHATY_PUPPET_SERVICE_ENDPOINT: '10.0.0.9:8788' },
      endpoint: '10.0.0.9:8788',
    },
    {
      why: 'it has no endpointEnv',
      bot: { ...BOT_1, endpointEnv: undefined },
      env: { WECHATY_PUPPET_SERVICE_ENDPOINT: '10.0.0.9:8788' },
      endpoint: '10.0.0.9:8788',
    },
    {
      why: 'its own endpoint env var is empty',
      bot: BOT_1,
      env: { QHT_BOT_QINGXIAOYI_1_ENDPOINT: '', WECHATY_PUPPET_SERVICE_ENDPOINT: '10.0.0.9:8788' },
      endpoint: '10.0.0.9:8788',
    },
    {
      why: 'its own endpoint wins',
      bot: BOT_1,
      env: {
        QHT_BOT_QINGXIAOYI_1_ENDPOINT: '10.0.0.5:8788',
        WECHATY_PUPPET_SERVICE_ENDPOINT: '10.0.0.9:8788',
      },
      endpoint: '10.0.0.5:8788',
    },
    { why: 'nothing is set (token discovery)', bot: BOT_1, env: {}, endpoint: undefined },
  ])('WECHATY_PUPPET_SERVICE_ENDPOINT fallback: $why', ({ bot, env, endpoint }) => {
    const [resolved] = valueOf(resolveBots(files(bot), env));
    expect(resolved?.endpoint).toBe(endpoint);
  });

  it('a bad fallback endpoint is reported under the variable that holds it', () => {
    const problems = problemsOf(
      live([BOT_1], {
        QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1',
        WECHATY_PUPPET_SERVICE_ENDPOINT: 'http://puppet:8788',
      }),
    );
    expect(problems).toEqual([
      'bots/qingxiaoyi-1.json: WECHATY_PUPPET_SERVICE_ENDPOINT must be host:port, got "http://puppet:8788"',
    ]);
  });

  it.each<{
    why: string;
    bots: Array<Record<string, unknown>>;
    env: NodeJS.ProcessEnv;
    tokens: Array<string | undefined>;
  }>([
    {
      why: 'one bot: used',
      bots: [BOT_1],
      env: { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_shared' },
      tokens: ['puppet_shared'],
    },
    {
      why: 'one enabled, one disabled: used by the enabled one',
      bots: [BOT_1, BOT_2_OFF],
      env: { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_shared' },
      tokens: ['puppet_shared'],
    },
    {
      why: 'the bot’s own token wins',
      bots: [BOT_1],
      env: { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_shared', QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1' },
      tokens: ['puppet_token_1'],
    },
    {
      why: 'a bot without tokenEnv, alone: used',
      bots: [{ ...BOT_1, tokenEnv: undefined }],
      env: { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_shared' },
      tokens: ['puppet_shared'],
    },
  ])('WECHATY_PUPPET_SERVICE_TOKEN, $why', ({ bots, env, tokens }) => {
    const enabled = valueOf(resolveBots(files(...bots), env)).filter((b) => b.enabled);
    expect(enabled.map((b) => b.token)).toEqual(tokens);
  });

  it('WECHATY_PUPPET_SERVICE_TOKEN with two enabled bots is a problem, not a silent demo', () => {
    const r = resolveBots(files(BOT_1, BOT_2), { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_shared' });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toEqual([
      'WECHATY_PUPPET_SERVICE_TOKEN is set but 2 bot accounts are enabled: give each bot file its own tokenEnv',
    ]);
  });

  it('WECHATY_PUPPET_SERVICE_TOKEN connects the single enabled bot', () => {
    const bots = valueOf(live([BOT_1, BOT_2_OFF], { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_shared' }));
    expect(bots.map((b) => [b.id, b.token])).toEqual([['qingxiaoyi-1', 'puppet_shared']]);
  });

  it('a mock bot gets no token or endpoint and is never connected', () => {
    const env = {
      WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_shared',
      WECHATY_PUPPET_SERVICE_ENDPOINT: '10.0.0.9:8788',
    };
    const [mock] = valueOf(resolveBots(files(MOCK_BOT), env));
    expect(mock).toEqual({ ...MOCK_BOT, tls: false, timeoutSeconds: 240, enabled: true });
    expect(
      valueOf(live([MOCK_BOT, BOT_1], { QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1' })).map((b) => b.id),
    ).toEqual(['qingxiaoyi-1']);
  });
});

describe('loadCore and loadSetup on the repository', () => {
  it('loads config/default.json, config/triage.json and config/emergency-numbers.json', () => {
    const core = valueOf(loadCore(PROJECT_ROOT, {}));
    expect(core.config).toEqual(DEFAULTS);
    const triage = JSON.parse(readFileSync(join(PROJECT_ROOT, 'config', 'triage.json'), 'utf8')) as unknown;
    expect(core.lexicon.source).toMatchObject(triage as object);
    const numbers = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'config', 'emergency-numbers.json'), 'utf8'),
    ) as unknown;
    expect(core.emergency).toEqual(numbers);
  });

  it('loads the second reader (config/triage-model.json) with the lexicon, and names a broken one', () => {
    const model = JSON.parse(readFileSync(join(PROJECT_ROOT, 'config', 'triage-model.json'), 'utf8')) as {
      threshold: number;
    };
    expect(valueOf(loadCore(PROJECT_ROOT, {})).lexicon.model?.source).toEqual(model);
    const root = mkdtempSync(join(tmpdir(), 'qht-config-'));
    try {
      cpSync(join(PROJECT_ROOT, 'config'), join(root, 'config'), { recursive: true });
      const file = join(root, 'config', 'triage-model.json');
      writeFileSync(file, JSON.stringify({ ...model, threshold: 1.5 }));
      expect(problemsOf(loadCore(root, {})).join('\n')).toContain(`${file}: threshold`);
      rmSync(file);
      expect(problemsOf(loadCore(root, {})).join('\n')).toContain(file);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('has emergency numbers, each with a source, for every country the issue names', () => {
    const { emergency } = valueOf(loadCore(PROJECT_ROOT, {}));
    for (const code of ['IT', 'ES', 'FR', 'NL', 'DE', 'PT', 'AT', 'HU', 'GB', 'US', 'BR', 'AR', 'CN']) {
      const c = emergency.countries[code];
      expect(c?.emergency.length).toBeGreaterThan(0);
      expect(c?.sources.length).toBeGreaterThan(0);
    }
    expect(emergency.countries.IT?.emergency[0]?.number).toBe('118');
    expect(emergency.countries.ES?.emergency[0]?.number).toBe('112');
  });

  it('applies the environment', () => {
    const core = valueOf(loadCore(PROJECT_ROOT, { LOG_LEVEL: 'debug', QHT__pacing__minGapMs: '1500' }));
    expect(core.config.logLevel).toBe('debug');
    expect(core.config.pacing.minGapMs).toBe(1500);
  });

  it('reports every env problem against the config file it read', () => {
    const problems = problemsOf(loadCore(PROJECT_ROOT, { LOG_LEVEL: 'loud', QHT__pacing__jitterMs: '-5' }));
    const file = join(PROJECT_ROOT, 'config', 'default.json');
    expect(problems.map((p) => p.split(': ').slice(0, 2).join(': '))).toEqual([
      `${file} (+ env): logLevel`,
      `${file} (+ env): pacing.jitterMs`,
    ]);
  });

  it('QHT_CONFIG pointing at a file of the wrong shape names its keys', () => {
    const wrong = join(PROJECT_ROOT, 'config', 'triage.json');
    const problems = problemsOf(loadCore(PROJECT_ROOT, { QHT_CONFIG: wrong }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${wrong} (+ env): (root): `);
    expect(problems[0]).toContain('"thresholds"');
    expect(problems[0]).toContain('"rules"');
  });

  it('with no token in the environment the repository runs in demo mode', () => {
    expect(valueOf(loadSetup(PROJECT_ROOT, {})).bots).toEqual([]);
  });

  it('with a token the enabled repository bot connects', () => {
    const setup = valueOf(
      loadSetup(PROJECT_ROOT, {
        QHT_BOT_QINGXIAOYI_1_TOKEN: 'puppet_token_1',
        QHT_BOT_QINGXIAOYI_1_ENDPOINT: '127.0.0.1:8788',
      }),
    );
    expect(setup.bots.map((b) => [b.id, b.name, b.token, b.endpoint])).toEqual([
      ['qingxiaoyi-1', '青小医', 'puppet_token_1', '127.0.0.1:8788'],
    ]);
  });
});

describe('formatProblems', () => {
  it.each<{ problems: string[]; header: string }>([
    {
      problems: ['bots/qingxiaoyi-2.json: set QHT_BOT_QINGXIAOYI_2_TOKEN'],
      header: '1 configuration problem:',
    },
    {
      problems: [
        'config/default.json (+ env): logLevel: Invalid option',
        'config/default.json (+ env): redis.url: must start with redis:// or rediss://',
        'bots/qingxiaoyi-1.json: (root): Unrecognized key: "token"',
      ],
      header: '3 configuration problems:',
    },
  ])('$header', ({ problems, header }) => {
    const lines = formatProblems(problems).split('\n');
    expect(lines[0]).toBe(`侨海通 cannot start: ${header}`);
    expect(lines.slice(1, -1)).toEqual(problems.map((p) => `  - ${p}`));
    expect(lines.at(-1)).toContain('bots/*.json');
  });
});

describe('DingTalk and Official Account bot files', () => {
  const ding = {
    id: 'dingtalk-1',
    name: '青小医',
    platform: 'dingtalk',
    appKeyEnv: 'QHT_DT_KEY',
    appSecretEnv: 'QHT_DT_SECRET',
  };
  const oa = {
    id: 'oa',
    name: '侨海通',
    platform: 'wechat-oa',
    appIdEnv: 'QHT_OA_ID',
    appSecretEnv: 'QHT_OA_SECRET',
    tokenEnv: 'QHT_OA_TOKEN',
    aesKeyEnv: 'QHT_OA_AES',
  };

  it('reads the secrets from the environment', () => {
    const r = resolveChannels(
      [
        { file: 'bots/d.json', value: ding },
        { file: 'bots/o.json', value: oa },
      ],
      {
        QHT_DT_KEY: 'k',
        QHT_DT_SECRET: 's',
        QHT_OA_ID: 'wx1',
        QHT_OA_SECRET: 'x',
        QHT_OA_TOKEN: 't',
        QHT_OA_AES: 'a'.repeat(43),
      },
    );
    expect(valueOf(r)).toEqual([
      {
        platform: 'dingtalk',
        id: 'dingtalk-1',
        name: '青小医',
        appKey: 'k',
        appSecret: 's',
        robotCode: undefined,
        apiBase: 'https://api.dingtalk.com',
      },
      {
        platform: 'wechat-oa',
        id: 'oa',
        name: '侨海通',
        appId: 'wx1',
        appSecret: 'x',
        token: 't',
        aesKey: 'a'.repeat(43),
        host: '127.0.0.1',
        port: 8081,
        apiBase: 'https://api.weixin.qq.com',
      },
    ]);
  });

  it('names every missing secret and bad key, and skips disabled files', () => {
    const problems = problemsOf(
      resolveChannels(
        [
          { file: 'bots/d.json', value: ding },
          { file: 'bots/o.json', value: { ...oa, port: 70000 } },
          { file: 'bots/x.json', value: { ...ding, id: 'off', enabled: false } },
        ],
        { QHT_DT_KEY: 'k' },
      ),
    );
    expect(problems).toEqual([
      'bots/d.json: set QHT_DT_SECRET (or set "enabled": false)',
      expect.stringMatching(/^bots\/o\.json: port: /),
    ]);
  });
});
