import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/paths';
import { parseDuration, parseScenarioLine, ScenarioError, type ParsedLine } from '../../../src/sim/scenario';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function errorOf(text: string, line: number): ScenarioError {
  try {
    parseScenarioLine(text, line);
  } catch (err) {
    if (err instanceof ScenarioError) return err;
    throw err;
  }
  throw new Error(`line ${line} parsed without error: ${text}`);
}

describe('parseDuration', () => {
  it.each<{ text: string; ms: number }>([
    { text: '90s', ms: 90 * SECOND },
    { text: '15m', ms: 15 * MINUTE },
    { text: '2h', ms: 2 * HOUR },
    { text: '1d', ms: DAY },
    { text: '1h30m', ms: HOUR + 30 * MINUTE },
    { text: '1d2h3m4s', ms: DAY + 2 * HOUR + 3 * MINUTE + 4 * SECOND },
    { text: '2m30s', ms: 150 * SECOND },
    { text: '0s', ms: 0 },
    { text: '36h', ms: 36 * HOUR },
    { text: ' 5m ', ms: 5 * MINUTE },
  ])('$text → $ms ms', ({ text, ms }) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    '',
    '   ',
    '90',
    'm',
    '1.5h',
    '-5m',
    '5 m',
    '30m1h',
    '1h1h',
    '15M',
    '5min',
    'soon',
    '１５m',
    '5分钟',
  ])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('parseScenarioLine', () => {
  it('reads the world on line 1 (config/demo-world.json)', () => {
    const world = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'config', 'demo-world.json'), 'utf8'),
    ) as unknown;
    const parsed = parseScenarioLine(JSON.stringify({ world }), 1);
    if (parsed.kind !== 'world') throw new Error(`expected a world, got ${parsed.kind}`);
    expect(parsed.world.start).toBe('2020-03-16T08:30:00.000Z');
    expect(parsed.world.bots.map((b) => b.name)).toEqual(['青小医', '青小医2号']);
    expect(parsed.world.groups.map((g) => g.id)).toEqual([
      'milano-qt@chatroom',
      'prato-qt@chatroom',
      'madrid-qt@chatroom',
    ]);
  });

  it('fills world defaults', () => {
    const line =
      '{"world": {"start": "2020-03-16T09:30:00+01:00", "bots": [{"id": "qingxiaoyi-1", "name": "青小医"}], ' +
      '"groups": [{"id": "prato-qt@chatroom", "name": "普拉托侨胞健康群", "bot": "qingxiaoyi-1"}]}}';
    expect(parseScenarioLine(line, 1)).toEqual({
      kind: 'world',
      world: {
        start: '2020-03-16T09:30:00+01:00',
        bots: [{ id: 'qingxiaoyi-1', name: '青小医', platform: 'wechat' }],
        groups: [
          {
            id: 'prato-qt@chatroom',
            name: '普拉托侨胞健康群',
            bot: 'qingxiaoyi-1',
            timezone: 'Europe/Rome',
            language: 'zh',
            members: [],
            managers: [],
          },
        ],
        people: [],
        doctors: [],
        admins: [],
        cadres: [],
      },
    });
  });

  it.each<{ text: string; expected: ParsedLine }>([
    {
      text: '{"from": "wang-wei", "group": "milano-qt@chatroom", "say": "@青小医 我爸发烧38度5 咳嗽两天了", "mention": true}',
      expected: {
        kind: 'group-say',
        from: 'wang-wei',
        group: 'milano-qt@chatroom',
        say: '@青小医 我爸发烧38度5 咳嗽两天了',
        mention: true,
      },
    },
    {
      text: '{"from": "wang-wei", "group": "milano-qt@chatroom", "say": "大家好，今天米兰天气不错☀️"}',
      expected: {
        kind: 'group-say',
        from: 'wang-wei',
        group: 'milano-qt@chatroom',
        say: '大家好，今天米兰天气不错☀️',
        mention: false,
      },
    },
    {
      text: '{"from": "ye-fang", "group": "prato-qt@chatroom", "say": "", "mention": true}',
      expected: { kind: 'group-say', from: 'ye-fang', group: 'prato-qt@chatroom', say: '', mention: true },
    },
    { text: '{"from": "dr-ye", "say": "接 1"}', expected: { kind: 'dm-say', from: 'dr-ye', say: '接 1' } },
    {
      text: '{"from": "dr-ye", "say": "答 1 先测体温\\n多喝水"}',
      expected: { kind: 'dm-say', from: 'dr-ye', say: '答 1 先测体温\n多喝水' },
    },
    {
      text: '{"from": "hu-qiang", "say": "ｃｌａｉｍ　１２", "bot": "qingxiaoyi-2"}',
      expected: { kind: 'dm-say', from: 'hu-qiang', say: 'ｃｌａｉｍ　１２', bot: 'qingxiaoyi-2' },
    },
    {
      text: '{"from": "wang-wei", "group": "milano-qt@chatroom", "type": "image"}',
      expected: { kind: 'media', from: 'wang-wei', group: 'milano-qt@chatroom', type: 'image' },
    },
    {
      text: '{"from": "zhou-min", "group": "milano-qt@chatroom", "type": "voice"}',
      expected: { kind: 'media', from: 'zhou-min', group: 'milano-qt@chatroom', type: 'voice' },
    },
    {
      text: '{"from": "xu-jun", "group": "prato-qt@chatroom", "type": "file"}',
      expected: { kind: 'media', from: 'xu-jun', group: 'prato-qt@chatroom', type: 'file' },
    },
    {
      text: '{"from": "wu-lei", "type": "voice", "bot": "qingxiaoyi-2"}',
      expected: { kind: 'media', from: 'wu-lei', type: 'voice', bot: 'qingxiaoyi-2' },
    },
    { text: '{"advance": "90s"}', expected: { kind: 'advance', ms: 90 * SECOND } },
    { text: '{"advance": "1h30m"}', expected: { kind: 'advance', ms: HOUR + 30 * MINUTE } },
    {
      text: '{"at": "2020-03-16T09:00:00.000Z"}',
      expected: { kind: 'at', at: Date.UTC(2020, 2, 16, 9, 0, 0) },
    },
    {
      text: '{"at": "2020-03-16T10:00:00+01:00"}',
      expected: { kind: 'at', at: Date.UTC(2020, 2, 16, 9, 0, 0) },
    },
    { text: '{"redeliver": true}', expected: { kind: 'redeliver' } },
    { text: '{"restart": true}', expected: { kind: 'restart' } },
    { text: '   {"restart": true}   ', expected: { kind: 'restart' } },
  ])('$text', ({ text, expected }) => {
    expect(parseScenarioLine(text, 2)).toEqual(expected);
  });

  it.each(['', '   ', '\t', '// 医生接单', '  // {"advance": "5m"}', '//'])('%j is skipped', (text) => {
    expect(parseScenarioLine(text, 4)).toEqual({ kind: 'blank' });
  });

  it.each<{ text: string; line: number; why: string | RegExp }>([
    // malformed JSON
    { text: '{"from": "wang-wei", "say": "你好"', line: 7, why: /^line 7: not valid JSON \(.+\)$/u },
    { text: '{"advance": "5m",}', line: 3, why: /^line 3: not valid JSON/u },
    { text: "{'advance': '5m'}", line: 3, why: /^line 3: not valid JSON/u },
    { text: '{“from”: “wang-wei”, “say”: “你好”}', line: 9, why: /^line 9: not valid JSON/u },
    { text: '# a comment', line: 2, why: /^line 2: not valid JSON/u },
    // not one object
    { text: '[{"advance": "5m"}]', line: 5, why: 'line 5: each line must be one JSON object' },
    { text: '"advance 5m"', line: 5, why: 'line 5: each line must be one JSON object' },
    { text: '42', line: 5, why: 'line 5: each line must be one JSON object' },
    { text: 'null', line: 5, why: 'line 5: each line must be one JSON object' },
    // world lines
    {
      text: '{"world": {"start": "2020-03-16T08:30:00Z", "bots": [{"id": "b", "name": "B"}], "groups": []}}',
      line: 2,
      why: 'line 2: a "world" line may only be the first line',
    },
    {
      text: '{"world": {"start": "2020-03-16T08:30:00Z", "bots": [{"id": "b", "name": "B"}], "groups": []}, "advance": "5m"}',
      line: 1,
      why: 'line 1: a "world" line holds only "world"',
    },
    {
      text: '{"world": {"start": "2020-03-16T08:30:00Z", "bots": [{"id": "b", "name": "B"}], "groups": [{"id": "g@chatroom", "name": "G", "bot": "zz"}]}}',
      line: 1,
      why: 'line 1: world: groups.0.bot: unknown bot "zz"',
    },
    { text: '{"world": {"bots": []}}', line: 1, why: /^line 1: world: start: .*; bots: /u },
    // unknown keys
    {
      text: '{"from": "wang-wei", "group": "milano-qt@chatroom", "say": "你好", "mentions": true}',
      line: 6,
      why: 'line 6: Unrecognized key: "mentions"',
    },
    {
      text: '{"from": "wang-wei", "say": "你好", "mention": true}',
      line: 6,
      why: 'line 6: Unrecognized key: "mention"',
    },
    { text: '{"advance": "5m", "note": "等五分钟"}', line: 6, why: 'line 6: Unrecognized key: "note"' },
    { text: '{"redeliver": true, "times": 2}', line: 6, why: 'line 6: Unrecognized key: "times"' },
    {
      text: '{"from": "wang-wei", "group": "milano-qt@chatroom", "say": "看图", "type": "image"}',
      line: 6,
      why: 'line 6: Unrecognized key: "say"',
    },
    // bad values
    { text: '{"advance": "soon"}', line: 8, why: 'line 8: advance: a duration such as 90s, 15m, 2h or 1d' },
    { text: '{"advance": 90}', line: 8, why: /^line 8: advance: /u },
    { text: '{"at": "2020-03-16 09:00"}', line: 8, why: /^line 8: at: /u },
    { text: '{"at": "明天早上"}', line: 8, why: /^line 8: at: /u },
    { text: '{"redeliver": false}', line: 8, why: /^line 8: redeliver: /u },
    { text: '{"restart": "yes"}', line: 8, why: /^line 8: restart: /u },
    {
      text: '{"from": "wang-wei", "group": "milano-qt@chatroom", "type": "video"}',
      line: 8,
      why: /^line 8: type: .*image/u,
    },
    { text: '{"group": "milano-qt@chatroom", "say": "你好"}', line: 8, why: /^line 8: from: /u },
    { text: '{"from": "", "say": "你好"}', line: 8, why: /^line 8: from: /u },
    { text: '{"from": "wang-wei", "say": 12}', line: 8, why: /^line 8: say: /u },
    {
      text: '{"from": "wang-wei", "group": "milano-qt@chatroom", "say": "hi", "mention": "yes"}',
      line: 8,
      why: /^line 8: mention: /u,
    },
    // unknown steps
    { text: '{}', line: 10, why: /^line 10: unknown step: expected one of world, say/u },
    { text: '{"from": "wang-wei"}', line: 10, why: /^line 10: unknown step: /u },
    { text: '{"wait": "5m"}', line: 10, why: /^line 10: unknown step: /u },
    { text: '{"Say": "你好", "from": "wang-wei"}', line: 10, why: /^line 10: unknown step: /u },
  ])('line $line: $text', ({ text, line, why }) => {
    const err = errorOf(text, line);
    expect(err).toBeInstanceOf(ScenarioError);
    expect(err.name).toBe('ScenarioError');
    expect(err.line).toBe(line);
    if (typeof why === 'string') expect(err.message).toBe(why);
    else expect(err.message).toMatch(why);
  });

  it('every line of config/demo-scenario.jsonl parses', () => {
    const lines = readFileSync(join(PROJECT_ROOT, 'config', 'demo-scenario.jsonl'), 'utf8').split('\n');
    const steps = lines.map((text, i) => parseScenarioLine(text, i + 1)).filter((p) => p.kind !== 'blank');
    expect(steps).toHaveLength(lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('//')).length);
    expect(steps.length).toBeGreaterThan(0);
  });
});

describe('a world line after comments', () => {
  it('is accepted when no step came before it', () => {
    expect(() => parseScenarioLine('{"world": {}}', 3, true)).toThrow(/line 3: world:/);
    expect(() => parseScenarioLine('{"world": {}}', 3, false)).toThrow(
      /line 3: a "world" line may only be the first line/,
    );
  });
});
