import { MAX_MESSAGE_CHARS } from '../../../src/domain/intake';
import type { InboundKind } from '../../../src/domain/types';
import { seededRandom } from '../../../src/sim/seeded-random';
import { CommandBench } from '../../support/commands';

const MILAN = 'milano-qt@chatroom';

/**
 * Hostile input: 10,000 generated messages and commands through the real handlers and store (the pipeline's
 * transaction included). The bot never throws, never lets someone without a role change roles, groups or doctors,
 * answers every DM, and refuses overlong input with a message instead of cutting it.
 */
describe('fuzz: 10,000 hostile messages and commands', () => {
  const random = seededRandom(20200316);
  const r = (): number => random('fuzz');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

  const pieces = [
    '我发烧咳嗽两天了',
    '孩子发烧39度',
    '胸口痛喘不上气',
    "'; DROP TABLE consultations; --",
    '$(rm -rf /)',
    '`reboot`',
    '|| cat /etc/passwd',
    '\u0000\u0001\u0007\u001b[31m',
    '\u200b\u200c\u200d\ufeff',
    '\u202e\u202d\u200f',
    '\ud800',
    '\udfff\ud83d',
    '😷🤒🤧'.repeat(50),
    '@青小医',
    '@青小医生',
    '#咨询',
    '#999999999999',
    '#-1',
    '#0',
    '体温 99999999999999999999 度',
    '血氧 -5',
    '编号 #2',
    '【医生提问 #1】',
    'constructor',
    '__proto__',
    '%s%s%n',
    '<script>alert(1)</script>',
    '取消 1',
    '我的咨询',
  ];
  const commands = [
    '/grant',
    '/grant wang-wei admin',
    "/grant '; DROP TABLE roles; -- admin",
    '/revoke admin-li admin',
    '/doctor add wang-wei general',
    '/doctor remove dr-ye',
    '/group set city $(reboot)',
    '/group pause group=milano-qt@chatroom',
    '/broadcast all 中奖了',
    '/tip add 喝醋可以预防病毒感染不用看医生',
    '/reassign 1 dr-liu',
    '/export 2020-01-01 2020-12-31',
    '/stats constructor=1',
    '/audit 100',
    '/link wang-wei dingtalk x',
    '/who admin-li',
    'claim 1',
    'answer 1 多喝水',
    'transfer 1 儿科',
    'next',
    'close 1',
  ];
  const nobody = ['wang-wei', 'zhou-min', 'lin-hua', 'stranger-1', 'stranger-2'];

  function message(): { text: string; kind: InboundKind } {
    const roll = r();
    if (roll < 0.02) return { text: '', kind: pick(['image', 'voice', 'file', 'other'] as const) };
    if (roll < 0.03) return { text: '很长'.repeat(50_000), kind: 'text' }; // 100 KB
    if (roll < 0.3)
      return { text: `${pick(commands)} ${r() < 0.5 ? pick(pieces) : ''}`.trim(), kind: 'text' };
    const n = 1 + Math.floor(r() * 4);
    return { text: Array.from({ length: n }, () => pick(pieces)).join(r() < 0.5 ? ' ' : ''), kind: 'text' };
  }

  it('never throws, never lets a person without a role change state, answers every DM, refuses overlong input', () => {
    const b = new CommandBench();
    try {
      const guarded = (): string =>
        JSON.stringify(
          [
            'roles',
            'groups',
            'doctors',
            'doctor_specialties',
            'custom_tips',
            'broadcasts',
            'person_identities',
          ].map((t) => b.store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()),
        );
      const before = guarded();
      let dms = 0;
      let tooLong = 0;
      for (let i = 0; i < 10_000; i++) {
        const from = pick(nobody);
        const { text, kind } = message();
        const inGroup = r() < 0.5;
        b.now += 1_000;
        const result = b.say(from, text, inGroup ? MILAN : undefined, kind);
        expect(result.outcome).not.toBe('error');
        if (!inGroup) {
          dms++;
          // every DM is answered, in one way or another
          expect(result.sent.length).toBeGreaterThan(0);
          for (const s of result.sent)
            if (s.text.length > MAX_MESSAGE_CHARS + 1_000)
              throw new Error(`${s.kind} to ${s.toId}: ${s.text.slice(0, 200)}`);
        }
        if (text.length > MAX_MESSAGE_CHARS && kind === 'text' && !inGroup) {
          tooLong++;
          expect(result.outcome).toBe('too long');
          expect(result.sent[0]?.text).toContain('消息太长');
        }
      }
      expect(dms).toBeGreaterThan(4_000);
      expect(tooLong).toBeGreaterThan(20);
      expect(guarded()).toEqual(before);
      // nothing a role-less person typed reached the audit as a success that changed something
      const changes = b.store.db
        .prepare(
          `SELECT count(*) AS n FROM audit_log WHERE outcome = 'done'
             AND command IN ('grant', 'revoke', 'doctor add', 'doctor remove', 'group set', 'group pause', 'broadcast',
                             'tip add', 'reassign', 'export', 'link')`,
        )
        .get() as { n: number };
      expect(changes.n).toBe(0);
    } finally {
      b.close();
    }
  }, 120_000);

  it('one person has at most 5 questions open; the 6th is refused with a message, an emergency always gets through', () => {
    const b = new CommandBench();
    try {
      const outcomes = [1, 2, 3, 4, 5, 6].map(
        (n) => b.say('lin-hua', `@青小医 我咳嗽第${n}天了`, MILAN).outcome,
      );
      expect(outcomes.slice(0, 5).every((o) => o.startsWith('consultation #'))).toBe(true);
      const sixth = b.say('lin-hua', '@青小医 我又头疼了', MILAN);
      expect(sixth.outcome).toBe('refused: 5 open questions');
      expect(sixth.sent[0]?.text).toContain('您已有 5 个咨询');
      expect(b.say('lin-hua', '@青小医 我胸口痛，喘不上气', MILAN).outcome).toMatch(
        /^consultation #\d+ \w+\/emergency/u,
      );
    } finally {
      b.close();
    }
  });
});
