import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';
import { buildQuietly } from '../support/build';
import { seedWorld } from '../../src/sim/world';
import { openStore } from '../../src/store/store';
import { demoWorld } from '../support/env';

type Run = { status: number | null; stdout: string; stderr: string };

/** `npm run -s classify -- <args>` as a user runs it (builds first), or the built CLI directly. */
function classifyCli(
  args: string[],
  input: string,
  opts: { viaNpm?: boolean; env?: NodeJS.ProcessEnv } = {},
): Run {
  const [cmd, argv] = opts.viaNpm
    ? ['npm', ['run', '-s', 'classify', '--', ...args]]
    : [process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'classify.js'), ...args]];
  const r = spawnSync(cmd, argv, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input,
    timeout: 120_000,
    env: { ...process.env, ...opts.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run classify', () => {
  beforeAll(() => {
    const build = buildQuietly();
    expect(build.output).toBe('');
    expect(build.status).toBe(0);
  }, 150_000);

  it('writes one line per input line, in order, in the documented shape', () => {
    const input = [
      { id: 'a', text: '我妈发烧39度5，咳嗽，没有呼吸困难，怎么办？', lang: 'zh' },
      { id: 'b', text: '回国要隔离几天？' },
      { id: 'c', text: '[红包]恭喜发财' },
      { id: 'd', text: 'mi padre no puede respirar, saturación 88' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = classifyCli([], `${input}\n\n`, { viaNpm: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      {
        id: 'a',
        is_consult: true,
        specialty: 'respiratory',
        urgency: 'urgent',
        confidence: expect.any(Number),
      },
      { id: 'b', is_consult: false, specialty: 'policy', urgency: 'none', confidence: expect.any(Number) },
      { id: 'c', is_consult: false, specialty: 'none', urgency: 'none', confidence: expect.any(Number) },
      {
        id: 'd',
        is_consult: true,
        specialty: 'respiratory',
        urgency: 'emergency',
        confidence: expect.any(Number),
      },
    ]);
    for (const o of lines(r.stdout)) {
      expect(Object.keys(o)).toEqual(['id', 'is_consult', 'specialty', 'urgency', 'confidence']);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
  }, 120_000);

  it('--explain adds the rules that fired, and negated terms', () => {
    const r = classifyCli(['--explain'], JSON.stringify({ id: 'x', text: '发烧39度5，没有呼吸困难' }));
    const [o] = lines(r.stdout) as Array<{ rules: Array<Record<string, unknown>> }>;
    expect(o?.rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'fever', kind: 'symptom', match: '发烧', weight: 2 }),
        expect.objectContaining({ rule: 'high-fever-reading', urgency: 'urgent' }),
        expect.objectContaining({ rule: 'breathing', negated: true }),
      ]),
    );
  });

  it('answers a bad line with an error line and goes on', () => {
    const r = classifyCli([], 'not json\n{"id":"n","text":42}\n{"id":7,"text":"牙疼怎么办"}\n');
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out[0]).toEqual({ id: null, error: 'line 1: not JSON' });
    expect(out[1]).toEqual({ id: 'n', error: 'line 2: "text" must be a string' });
    expect(out[2]).toMatchObject({ id: '7', is_consult: true, specialty: 'general' });
  });

  it('--evaluate scores labelled lines', () => {
    const input = [
      { id: '1', text: '发烧三天了，咳嗽', is_consult: true, specialty: 'respiratory', urgency: 'urgent' },
      { id: '2', text: '大家早上好', is_consult: false, specialty: 'none', urgency: 'none' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = classifyCli(['--evaluate'], input);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      n: 2,
      consult: { f1: 1 },
      specialtyAccuracy: 1,
      mistakes: [],
    });
  });

  describe('--corrections', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'qht-corrections-'));
      const store = openStore(join(dir, 'qiaohaitong.sqlite'), 0);
      seedWorld(store, demoWorld(), 0);
      const texts = ['我老公最近总是心慌胸闷，晚上睡不着', '心慌胸闷好几天了，总担心自己有病'];
      texts.forEach((text, i) => {
        const c = store.consultations.create(
          {
            botId: 'qingxiaoyi-1',
            groupId: null,
            askerId: 'wang-wei',
            askerName: '王伟',
            sourceMsgId: `m${i}`,
            text,
            specialty: 'respiratory',
            urgency: 'routine',
          },
          0,
        );
        expect(store.consultations.transfer(c.id, 'psychology', 'dr-liu', 1)).toMatchObject({ ok: true });
      });
      store.close();
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints what the doctors’ transfers suggest changing in the lexicon', () => {
      const r = classifyCli(['--corrections'], '', { env: { DATA_DIR: dir } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('respiratory → psychology: 2 ticket(s) (#1, #2)');
      expect(r.stdout).toMatch(
        /weaken or narrow: rule "respiratory" term "胸闷" sent 2 of them to respiratory/,
      );
      expect(r.stdout).toContain('consider adding to rule "psychology"');
    });

    it('says where it looked when there is no store', () => {
      const r = classifyCli(['--corrections'], '', { env: { DATA_DIR: join(dir, 'nowhere') } });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('no store at');
    });
  });
});
