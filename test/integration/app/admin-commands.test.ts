import { tipLibrary } from '../../../src/app/send-tips';
import { CommandBench } from '../../support/commands';

const MILAN = 'milano-qt@chatroom';
const PRATO = 'prato-qt@chatroom';
const MADRID = 'madrid-qt@chatroom';

/**
 * The people of the matrix, one per role. In the demo world: admin-li is an admin, chen-li manages the Milan group,
 * dr-liu is a doctor, wang-wei has no role. cadre-it is added here as a cadre scoped to Italy (a selector).
 */
const ROLE_PEOPLE = {
  admin: 'admin-li',
  cadre: 'cadre-it',
  manager: 'chen-li',
  doctor: 'dr-liu',
  nobody: 'wang-wei',
} as const;
type Who = keyof typeof ROLE_PEOPLE;

function bench(): CommandBench {
  const b = new CommandBench();
  b.store.transaction(() => {
    b.store.people.upsert({ id: 'cadre-it', name: '意大利干部' }, b.now);
    b.store.people.grant('cadre-it', 'cadre', 'country=IT', 'admin-li', b.now);
    b.store.people.upsert({ id: 'marco', name: 'Marco', language: 'it' }, b.now);
    b.store.people.grant('marco', 'admin', '*', null, b.now);
    // ticket #1, waiting in the Milan group's respiratory queue
    b.store.consultations.create(
      {
        botId: 'qingxiaoyi-1',
        groupId: MILAN,
        askerId: 'wang-wei',
        askerName: '王伟',
        sourceMsgId: 'seed-1',
        text: '咳嗽三天',
        specialty: 'respiratory',
        urgency: 'routine',
      },
      b.now,
    );
  });
  return b;
}

/**
 * Every command, typed with valid arguments on something inside the manager's and the cadre's scope (the Milan
 * group), and who may run it. Written out here, not derived from the code's own table, so a wrong permission fails.
 * `writes`: a successful run must change the store.
 */
const MATRIX: Array<{ command: string; allowed: Who[]; writes: boolean; other?: Who }> = [
  { command: '/help', allowed: ['admin', 'cadre', 'manager', 'doctor', 'nobody'], writes: false },
  { command: '/id', allowed: ['admin', 'cadre', 'manager', 'doctor', 'nobody'], writes: false },
  { command: `/group info group=${MILAN}`, allowed: ['admin', 'cadre', 'manager'], writes: false },
  { command: `/group set city Milano2 group=${MILAN}`, allowed: ['admin', 'manager'], writes: true },
  { command: `/group pause group=${MILAN}`, allowed: ['admin', 'manager'], writes: true },
  { command: `/group intake off group=${MILAN}`, allowed: ['admin', 'manager'], writes: true },
  { command: '/grant wu-lei cadre country=ES', allowed: ['admin'], writes: true },
  { command: '/grant wu-lei manager group=madrid-qt@chatroom', allowed: ['admin'], writes: true },
  { command: '/revoke cadre-zhang cadre', allowed: ['admin'], writes: true },
  { command: '/who chen-li', allowed: ['admin', 'cadre'], writes: false },
  { command: '/link dr-ye dingtalk staff-ye', allowed: ['admin'], writes: true },
  { command: '/doctor add wu-lei general,chronic 青田县人民医院', allowed: ['admin'], writes: true },
  { command: '/doctor remove dr-mao', allowed: ['admin'], writes: true },
  { command: '/doctor roster dr-mao mon-fri 09:00-12:00', allowed: ['admin'], writes: true },
  { command: '/doctors', allowed: ['admin', 'cadre', 'manager', 'doctor'], writes: false },
  { command: '/doctors 呼吸科', allowed: ['admin', 'cadre', 'manager', 'doctor'], writes: false },
  // a doctor's /queue is their own queue list (the doctor command), tested below
  { command: '/queue', allowed: ['admin', 'cadre'], writes: false, other: 'doctor' },
  { command: '/reassign 1 dr-ye', allowed: ['admin'], writes: true },
  { command: '/stats', allowed: ['admin', 'cadre', 'manager'], writes: false },
  { command: '/stats week country=IT', allowed: ['admin', 'cadre'], writes: false },
  { command: '/export 2020-03-16 2020-03-16', allowed: ['admin'], writes: false },
  { command: '/audit 5', allowed: ['admin'], writes: false },
  { command: `/tips off group=${MILAN}`, allowed: ['admin', 'manager'], writes: true },
  { command: '/tip now country=IT', allowed: ['admin'], writes: true },
  { command: '/tip add 出门回家先洗手，至少搓洗20秒。', allowed: ['admin'], writes: true },
  { command: '/broadcast country=IT 本周六领馆开放', allowed: ['admin', 'cadre'], writes: true },
];
const WHO: Who[] = ['admin', 'cadre', 'manager', 'doctor', 'nobody'];

describe('every command × every role', () => {
  const cases = MATRIX.flatMap((row) =>
    WHO.filter((who) => who !== row.other).map((who) => ({ ...row, who, ok: row.allowed.includes(who) })),
  );
  it.each(cases)('$command by $who: allowed=$ok', ({ command, who, ok, writes }) => {
    const b = bench();
    try {
      const before = b.state();
      const r = b.say(ROLE_PEOPLE[who], command);
      const name = r.outcome.split(':')[0];
      expect(r.outcome).toMatch(ok ? /: done/ : /: refused/);
      // the caller always hears back, by DM, after consultations (command priority)
      const reply = r.sent.find((s) => s.toId === ROLE_PEOPLE[who]);
      expect(reply?.kind).toBe('command');
      if (ok) {
        if (writes) expect(b.state()).not.toEqual(before);
        else expect(b.state()).toEqual(before);
      } else {
        expect(b.state()).toEqual(before);
        expect(reply?.text).toContain('未做任何更改');
        expect(reply?.text).toMatch(/需要.*管理员\(admin\)|不在您负责的范围内/);
        expect(r.sent).toHaveLength(1);
      }
      // recorded, whatever happened
      const [last] = b.store.audit.recent(1);
      expect(last).toMatchObject({
        actorId: ROLE_PEOPLE[who],
        outcome: ok ? 'done' : 'refused',
        isGroup: false,
      });
      expect(`/${last?.command}`).toBe(name);
    } finally {
      b.close();
    }
  });
});

describe('scopes: managers and cadres act only inside theirs', () => {
  let b: CommandBench;
  beforeEach(() => (b = bench()));
  afterEach(() => b.close());

  it.each([
    ['chen-li', `/group set city Prato2 group=${PRATO}`],
    ['chen-li', `/group pause group=${PRATO}`],
    ['chen-li', '/group info group=普拉托侨胞健康群'],
    ['chen-li', '/stats today country=IT'], // Italy is more than their one group
    ['chen-li', `/stats group=${PRATO}`],
    ['cadre-it', `/group info group=${MADRID}`],
    ['cadre-it', '/stats week country=ES'],
    ['cadre-it', '/stats all'],
  ])('%s: %s is refused and changes nothing', (who, command) => {
    const before = b.state();
    const r = b.say(who, command);
    expect(r.outcome).toMatch(/: refused/);
    expect(r.sent[0]?.text).toContain('不在您负责的范围内');
    expect(b.state()).toEqual(before);
  });

  it("a doctor's /queue is their own queue (what waits in their specialties), not the overview", () => {
    const r = b.say('dr-liu', '/queue');
    expect(r.outcome).toMatch(/^queue/);
    expect(r.sent[0]?.text).toContain('#1');
  });

  it('a manager typing in a group they do not manage is refused there, in that group', () => {
    const before = b.state();
    const r = b.say('chen-li', '/group pause', PRATO);
    expect(r.outcome).toMatch(/: refused/);
    expect(r.sent[0]).toMatchObject({ toId: PRATO, isGroup: true, mentions: ['chen-li'] });
    expect(b.store.groups.get(PRATO)?.paused).toBe(false);
    expect(b.state()).toEqual(before);
  });

  it('a manager pauses and resumes their own group from inside it; the bot then answers only emergencies', () => {
    expect(b.say('chen-li', '/group pause', MILAN).outcome).toMatch(/done/);
    expect(b.store.groups.get(MILAN)?.paused).toBe(true);
    expect(b.say('lin-hua', '我发烧咳嗽两天了', MILAN).outcome).toBe('group paused');
    expect(b.say('lin-hua', '我胸口痛，喘不上气', MILAN).outcome).toMatch(/^consultation #\d+ respiratory/);
    expect(b.say('chen-li', '/group resume', MILAN).outcome).toMatch(/done/);
    expect(b.store.groups.get(MILAN)?.paused).toBe(false);
  });

  it('a cadre scoped to Italy sees the Milan group and figures for Italy', () => {
    expect(b.say('cadre-it', `/group info group=${MILAN}`).sent[0]?.text).toContain('米兰青田同乡互助群');
    expect(b.say('cadre-it', '/stats week country=IT,city=Milano').outcome).toMatch(/done/);
  });

  it('a manager scoped by a selector manages every group it picks, and only those', () => {
    b.say('admin-li', '/grant wu-lei manager country=ES');
    expect(b.say('wu-lei', `/group set city Madrid2 group=${MADRID}`).outcome).toMatch(/done/);
    expect(b.store.groups.get(MADRID)?.city).toBe('Madrid2');
    expect(b.say('wu-lei', `/group set city X group=${MILAN}`).outcome).toMatch(/refused/);
  });
});

describe('malformed commands get a one-line usage in the caller’s language, never a stack trace', () => {
  let b: CommandBench;
  beforeEach(() => (b = bench()));
  afterEach(() => b.close());

  it.each([
    ['/group set', '/group set <country'],
    ['/group set country Italia group=milano-qt@chatroom', '/group set <country'],
    ['/group set timezone Mars/Base group=milano-qt@chatroom', 'IANA'],
    ['/group set language klingon group=milano-qt@chatroom', '/group set'],
    ['/group intake maybe group=milano-qt@chatroom', '/group intake <on|off>'],
    ['/group frobnicate', '/group info'],
    ['/grant', '/grant <人>'],
    ['/grant wu-lei emperor', '/grant <人>'],
    ['/grant wu-lei manager', 'a manager needs a scope'],
    ['/grant wu-lei cadre country=Italia', 'two-letter'],
    ['/grant wu-lei cadre planet=Mars', 'unknown key'],
    ['/revoke wu-lei', '/revoke <人>'],
    ['/who', '/who <人>'],
    ['/doctor add wu-lei', '/doctor add'],
    ['/doctor add wu-lei dentistry', 'specialties'],
    ['/doctor roster dr-mao someday 9-5', '/doctor roster'],
    ['/doctor roster dr-mao mon-fri 25:00-26:00', 'HH:MM'],
    ['/doctors dentistry', 'unknown specialty'],
    ['/reassign', '/reassign <编号>'],
    ['/reassign abc dr-ye', '/reassign <编号>'],
    ['/reassign #0 dr-ye', '/reassign <编号>'],
    ['/stats yesterday', '/stats'],
    ['/export 2020-03-16', '/export <YYYY-MM-DD>'],
    ['/export 2020-13-45 2020-03-16', 'YYYY-MM-DD'],
    ['/export 2020-03-16 2020-03-01', 'before the start'],
    ['/export 2019-01-01 2020-03-16', 'one year'],
    ['/audit 1000', '/audit'],
    ['/queue now', '/queue'],
  ])('%s → usage mentioning "%s"', (command, words) => {
    const before = b.state();
    const r = b.say('admin-li', command);
    expect(r.outcome).toMatch(/: usage/);
    expect(r.sent).toHaveLength(1);
    const text = r.sent[0]?.text ?? '';
    expect(text.startsWith('用法: ')).toBe(true);
    expect(text).toContain(words);
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/Error|at \w+ \(/);
    expect(b.state()).toEqual(before);
  });

  it('an unknown command says so and points to /help', () => {
    const r = b.say('wang-wei', '/frobnicate now');
    expect(r.outcome).toMatch(/usage/);
    expect(r.sent[0]?.text).toBe('/frobnicate: 没有这个命令. 发送 /help 查看可用命令');
  });

  it('answers in the caller’s own language (Italian here)', () => {
    const r = b.say('marco', '/export 2020-03-16');
    expect(r.sent[0]?.text.startsWith('Uso: /export <YYYY-MM-DD> <YYYY-MM-DD>')).toBe(true);
    expect(b.say('marco', '/boh').sent[0]?.text).toContain('comando sconosciuto');
  });

  it('full-width slash and Chinese aliases are the same commands', () => {
    expect(b.say('admin-li', '／队列').outcome).toMatch(/^\/queue: done/);
    expect(b.say('admin-li', '/群 暂停 group=milano-qt@chatroom').outcome).toMatch(/^\/group pause: done/);
    expect(b.say('admin-li', '/医生 排班 dr-mao 工作日 09:00-12:00').outcome).toMatch(
      /^\/doctor roster: done/,
    );
    expect(b.say('admin-li', '/授权 @吴磊 干部 country=ES').outcome).toMatch(/^\/grant: done/);
    expect(b.store.people.roles('wu-lei')).toEqual([
      expect.objectContaining({ role: 'cadre', scope: 'country=ES', grantedBy: 'admin-li' }),
    ]);
  });
});

describe('what the commands do', () => {
  let b: CommandBench;
  beforeEach(() => (b = bench()));
  afterEach(() => b.close());

  it('grant by group name stores the group id, tells the grantee, and /who shows it', () => {
    const r = b.say('admin-li', '/grant @吴磊 manager "马德里青田乡亲群"');
    expect(r.outcome).toMatch(/done/);
    expect(b.store.people.roles('wu-lei')).toEqual([
      expect.objectContaining({ role: 'manager', scope: MADRID }),
    ]);
    expect(r.sent.find((s) => s.toId === 'wu-lei')?.text).toContain('您已被授予 群管理(manager)');
    expect(b.say('admin-li', '/who wu-lei').sent[0]?.text).toContain(`群管理(manager)[${MADRID}]`);
    expect(b.say('admin-li', '/grant @吴磊 manager "马德里青田乡亲群"').sent[0]?.text).toContain('未做更改');
  });

  it('the last admin cannot be revoked; another can', () => {
    b.say('admin-li', '/revoke marco admin');
    const r = b.say('admin-li', '/revoke me admin');
    expect(r.outcome).toMatch(/refused/);
    expect(b.store.people.admins()).toEqual(['admin-li']);
  });

  it('doctor add registers, DMs a welcome, and the new doctor can go on duty and claim', () => {
    const r = b.say('admin-li', '/doctor add @吴磊 全科,慢病 青田县人民医院');
    expect(r.sent.find((s) => s.toId === 'wu-lei')?.text).toContain('欢迎加入侨海通志愿医生');
    expect(b.store.people.doctor('wu-lei')).toMatchObject({
      specialties: ['chronic', 'general'],
      hospital: '青田县人民医院',
      active: true,
    });
    expect(b.say('wu-lei', 'on').outcome).toMatch(/on duty/);
  });

  it('doctor remove retires the doctor and puts their open claims back in the queue, re-dispatched', () => {
    b.say('dr-ye', '接 1');
    expect(b.store.consultations.get(1)?.claimedBy).toBe('dr-ye');
    const r = b.say('admin-li', '/doctor remove dr-ye');
    expect(r.outcome).toMatch(/done/);
    expect(b.store.consultations.get(1)).toMatchObject({ status: 'queued', claimedBy: null });
    expect(b.store.people.doctor('dr-ye')?.active).toBe(false);
    expect(b.store.people.roles('dr-ye').some((g) => g.role === 'doctor')).toBe(false);
    expect(b.say('dr-ye', '接 1').outcome).not.toMatch(/claimed/);
  });

  it('reassign takes a claim from one doctor and gives it to another, telling both', () => {
    b.say('dr-ye', '接 1');
    const r = b.say('admin-li', '/reassign #1 dr-liu');
    expect(r.outcome).toMatch(/done/);
    expect(b.store.consultations.get(1)?.claimedBy).toBe('dr-liu');
    expect(r.sent.find((s) => s.toId === 'dr-liu')?.text).toContain('#1');
    expect(r.sent.find((s) => s.toId === 'dr-ye')?.text).toContain('已由管理员改派');
    expect(b.say('dr-ye', '答 1 多喝水').outcome).toMatch(/refused/);
    expect(b.say('dr-liu', '答 1 多喝水').outcome).toMatch(/answered/);
    expect(b.say('admin-li', '/reassign 1 dr-ye').sent[0]?.text).toContain('无法改派');
  });

  it('roster: sets the windows and on-duty now follows them', () => {
    // 2020-03-16 is a Monday; 08:30 UTC is 16:30 in Shanghai
    b.say('admin-li', '/doctor roster dr-mao mon 16:00-18:00');
    expect(b.store.people.doctor('dr-mao')).toMatchObject({ onDuty: true });
    expect(b.store.people.doctor('dr-mao')?.roster?.windows).toEqual([
      { days: ['mon'], start: '16:00', end: '18:00' },
    ]);
    b.say('admin-li', '/doctor roster dr-mao off');
    expect(b.store.people.doctor('dr-mao')?.roster).toBeNull();
  });

  it('export writes a de-identified CSV: no names, ids or message text', () => {
    b.say('dr-ye', '接 1');
    b.say('dr-ye', '答 1 多喝水，王伟注意休息');
    const r = b.say('admin-li', '/export 2020-03-16 2020-03-16');
    expect(r.sent[0]?.text).toContain('已导出 1 条');
    const csv = b.written[0]?.content ?? '';
    expect(csv.split('\n')[0]).toBe(
      'row,created_hour,channel,country,district,city,association,specialty,urgency,status,private,seconds_to_claim,seconds_to_answer,escalation_level',
    );
    expect(csv).toContain(
      '1,2020-03-16T08:00Z,group,IT,米兰总领馆,Milano,意大利青田同乡会,respiratory,routine,answered,0,0,0,0',
    );
    for (const secret of ['wang-wei', '王伟', 'dr-ye', '叶', '咳嗽', '多喝水', MILAN])
      expect(csv).not.toContain(secret);
  });

  it('/audit lists who did what, where and how it ended', () => {
    b.say('chen-li', '/group pause', MILAN);
    b.say('wang-wei', '/grant wang-wei admin');
    const text = b.say('admin-li', '/audit 2').sent[0]?.text ?? '';
    expect(text).toContain('王伟 /grant wang-wei admin → refused（私信）');
    expect(text).toContain('陈丽 /group pause → done（米兰青田同乡互助群）');
  });

  it('/help lists only what the caller may use', () => {
    const nobody = b.say('wang-wei', '/help').sent[0]?.text ?? '';
    expect(nobody).toContain('/id');
    expect(nobody).not.toContain('/grant');
    expect(nobody).toContain('直接发送问题');
    const manager = b.say('chen-li', '/help').sent[0]?.text ?? '';
    expect(manager).toContain('/group pause');
    expect(manager).not.toContain('/grant');
    expect(b.say('admin-li', '/help').sent[0]?.text).toContain('/audit');
  });
});

describe('rate limit per person', () => {
  it('a flood is cut off after the per-minute allowance, told once, recorded, and allowed again a minute later', () => {
    const b = bench();
    try {
      const perMinute = b.settings.commandsPerMinute;
      const outcomes: string[] = [];
      const replies: number[] = [];
      for (let i = 0; i < perMinute + 10; i++) {
        const r = b.say('admin-li', '/queue');
        outcomes.push(r.outcome);
        replies.push(r.sent.length);
        b.now += 100;
      }
      expect(outcomes.filter((o) => o.endsWith('done'))).toHaveLength(perMinute);
      expect(outcomes.filter((o) => o.includes('limited'))).toHaveLength(10);
      expect(replies.slice(perMinute)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      // others are not limited by one person's flood, and consultations still open
      expect(b.say('chen-li', '/id').outcome).toMatch(/done/);
      expect(b.say('lin-hua', '我发烧咳嗽两天了', MILAN).outcome).toMatch(/^consultation #\d+ respiratory/);
      b.now += 61_000;
      expect(b.say('admin-li', '/queue').outcome).toMatch(/done/);
    } finally {
      b.close();
    }
  });
});

describe('hostile and awkward input (review findings)', () => {
  let b: CommandBench;
  beforeEach(() => (b = bench()));
  afterEach(() => b.close());

  it('a group renamed to the id of a group someone manages gives them nothing there', () => {
    b.store.groups.seen(PRATO, MILAN, 'qingxiaoyi-1', b.now + 1); // WeChat members may rename their group
    expect(b.store.groups.get(PRATO)?.name).toBe(MILAN);
    const before = b.state();
    expect(b.say('chen-li', '/group pause', PRATO).outcome).toMatch(/refused/);
    expect(b.say('chen-li', '/group set country FR', PRATO).outcome).toMatch(/refused/);
    expect(b.state()).toEqual(before);
  });

  it.each([
    '/constructor',
    '/__proto__',
    '/group constructor',
    '/group set constructor x',
    '/stats constructor=1',
    '/stats constructor',
    '/doctor add dr-ye constructor',
    '/grant wu-lei toString',
    '/doctor roster dr-mao constructor 09:00-10:00',
  ])('%s gets a usage reply, never an exception', (text) => {
    const r = b.say('admin-li', text);
    expect(r.outcome).toMatch(/: usage/);
    expect(r.sent).toHaveLength(1);
    expect(b.store.audit.recent(1)[0]?.outcome).toBe('usage');
  });

  it('names keep their own characters: full-width brackets, and a WeChat mention with a space', () => {
    b.store.transaction(() => {
      b.store.groups.upsert(
        { id: 'fw@chatroom', name: '侨胞（健康）群', botId: 'qingxiaoyi-1', country: 'IT' },
        b.now,
      );
      b.store.people.upsert({ id: 'anna', name: 'Anna Rossi' }, b.now);
      b.store.people.upsert({ id: 'zs', name: '张三（米兰）' }, b.now);
    });
    expect(b.say('admin-li', '/group info group=侨胞（健康）群').sent[0]?.text).toContain('fw@chatroom');
    expect(b.say('admin-li', '/who 张三（米兰）').sent[0]?.text).toContain('（zs）');
    expect(b.say('admin-li', '/grant @Anna Rossi\u2005cadre country=IT').outcome).toMatch(/done/);
    expect(b.store.people.roles('anna')).toEqual([
      expect.objectContaining({ role: 'cadre', scope: 'country=IT' }),
    ]);
    expect(b.say('admin-li', '/group set city "Reggio Emilia" group="侨胞（健康）群"').outcome).toMatch(
      /done/,
    );
    expect(b.store.groups.get('fw@chatroom')?.city).toBe('Reggio Emilia');
  });

  it('someone with no role: nothing said in the group about refused commands; a /question by DM is a question', () => {
    const inGroup = b.say('wang-wei', '/grant wang-wei admin', MILAN);
    expect(inGroup.outcome).toMatch(/refused/);
    expect(inGroup.sent).toEqual([]);
    expect(b.say('wang-wei', '/help', MILAN).sent).toHaveLength(1);
    const asked = b.say('lin-hua', '/医生 我孩子5岁发烧39度两天了');
    expect(asked.outcome).toMatch(/^consultation #\d+ pediatrics/);
    expect(b.say('wang-wei', '/frobnicate').outcome).toMatch(/usage/);
  });

  it('re-registering a doctor keeps their languages and emergency alerts', () => {
    b.store.transaction(() =>
      b.store.people.upsertDoctor(
        {
          id: 'dr-ye',
          hospital: '丽水市中心医院',
          specialties: ['respiratory'],
          languages: ['zh', 'it'],
          onDuty: true,
          emergencyAlerts: true,
        },
        b.now,
      ),
    );
    b.say('admin-li', '/doctor add dr-ye respiratory,general');
    expect(b.store.people.doctor('dr-ye')).toMatchObject({
      languages: ['zh', 'it'],
      emergencyAlerts: true,
      specialties: ['general', 'respiratory'],
      hospital: '丽水市中心医院',
    });
  });

  it('a second answer hours later does not change the time to answer', () => {
    b.say('dr-ye', '接 1');
    b.now += 120_000;
    b.say('dr-ye', '答 1 多喝水');
    b.now += 5 * 3_600_000;
    b.say('dr-ye', '答 1 补充：如果发烧超过39度请就医');
    expect(b.say('admin-li', '/stats').sent[0]?.text).toContain('回答用时：中位 2m，P90 2m（1 单）');
  });

  it('reports have a tighter allowance of their own', () => {
    const outcomes = [1, 2, 3, 4].map(() => b.say('chen-li', '/stats').outcome);
    expect(outcomes.slice(0, 3).every((o) => o.endsWith('done (today)'))).toBe(true);
    expect(outcomes[3]).toMatch(/limited/);
    b.now += 61_000;
    expect(b.say('chen-li', '/stats').outcome).toMatch(/done/);
  });
});

describe('tips and broadcasts from chat', () => {
  let b: CommandBench;
  beforeEach(() => (b = bench()));
  afterEach(() => b.close());

  it('a manager mutes and unmutes tips in their group; /group info shows it', () => {
    expect(b.say('chen-li', '/tips off', MILAN).outcome).toMatch(/done/);
    expect(b.store.groups.get(MILAN)?.tipsEnabled).toBe(false);
    expect(b.say('chen-li', '/group info', MILAN).sent[0]?.text).toContain('每日提示：关');
    b.say('chen-li', '/tips on', MILAN);
    expect(b.say('chen-li', '/group set tiptime 8:30', MILAN).outcome).toMatch(/done/);
    expect(b.say('chen-li', '/group info', MILAN).sent[0]?.text).toContain('每日提示：08:30');
    expect(b.say('chen-li', '/tips off', PRATO).outcome).toMatch(/refused/);
  });

  it('/tip now posts the next tip to the selected groups, skipping muted ones, at bulk priority', () => {
    b.say('chen-li', '/tips off', MILAN);
    const r = b.say('admin-li', '/tip now country=IT');
    expect(r.sent[0]?.text).toContain('已安排向 1 个群发送提示（1 个暂停或关闭提示的群跳过）');
    const tip = r.sent.find((s) => s.kind === 'tip');
    expect(tip).toMatchObject({ toId: PRATO, priority: 10 });
    expect(tip?.text).toMatch(/^🌿 每日防护提示\n/u);
  });

  it('/tip add puts an admin’s tip in the library; it is sent only after a doctor reviews it', () => {
    const r = b.say('admin-li', '/tip add 出门回家先洗手，\n至少搓洗20秒。');
    expect(r.sent[0]?.text).toContain('已加入提示库：custom-1（尚未经医生审核，审核前不会发送');
    expect(tipLibrary(b.store, b.settings).some((t) => t.id === 'custom-1')).toBe(false);
    expect(b.say('chen-li', '/tip review custom-1').outcome).toMatch(/refused/);
    expect(b.say('dr-ye', '/tip review custom-1').sent[0]?.text).toBe(
      'custom-1 已由 叶晓红 医生审核，将加入每日提示。',
    );
    expect(tipLibrary(b.store, b.settings).some((t) => t.id === 'custom-1')).toBe(true);
    expect(b.say('dr-ye', '/tip review custom-9').outcome).toMatch(/failed/);
    expect(b.store.tips.custom()[0]).toMatchObject({
      zh: '出门回家先洗手，\n至少搓洗20秒。',
      reviewedBy: '叶晓红 医生',
    });
  });

  it('a broadcast is a preview until its sender confirms; only once; a cadre only inside their scope', () => {
    expect(b.say('cadre-it', '/broadcast country=ES 通知').outcome).toMatch(/refused/);
    const preview = b.say('cadre-it', '/broadcast country=IT 周六领馆开放\n请带护照');
    expect(preview.sent[0]?.text).toContain('群发预览 #1（country=IT）：将发往 2 个群');
    expect(b.store.outbox.get(preview.sent[0]?.id ?? 0)?.kind).toBe('command');
    expect(b.say('admin-li', '/confirm 1').outcome).toMatch(/refused/); // not the sender
    const sent = b.say('cadre-it', '/confirm');
    expect(
      sent.sent
        .filter((s) => s.kind === 'broadcast')
        .map((s) => s.toId)
        .sort(),
    ).toEqual([MILAN, PRATO]);
    expect(sent.sent.find((s) => s.kind === 'broadcast')?.text).toBe(
      '📢【侨联通知】\n周六领馆开放\n请带护照',
    );
    expect(b.say('cadre-it', '/confirm 1').outcome).toMatch(/failed/); // sent once only
    expect(b.say('cadre-it', '/broadcast report').sent[0]?.text).toContain('已发送 0，失败 0，排队中 2');
  });

  it('a preview expires, and can be cancelled', () => {
    b.say('admin-li', '/broadcast all 测试');
    b.now += b.settings.broadcastConfirmMs + 1;
    // no draft any more: told so (a bare 确认 from someone who may broadcast never becomes a medical question)
    expect(b.say('admin-li', '确认').sent[0]?.text).toContain('没有待确认的群发');
    expect(b.say('wang-wei', '确认').outcome).not.toMatch(/confirm/);
    expect(b.say('admin-li', '/confirm 1').sent[0]?.text).toContain('没有待确认的群发');
    b.say('admin-li', '/broadcast all 第二条');
    expect(b.say('admin-li', '/broadcast cancel').sent[0]?.text).toBe('已取消群发 #2。');
    expect(b.say('admin-li', '/confirm 2').outcome).toMatch(/failed/);
    expect(
      b.store.db.prepare("SELECT count(*) AS n FROM outbound_messages WHERE kind = 'broadcast'").get(),
    ).toEqual({ n: 0 });
  });
});
