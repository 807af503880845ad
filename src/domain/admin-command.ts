import { z } from 'zod';
import { lookup } from './lookup';
import { specialtyFromWord, TicketNumber } from './doctor-command';
import { normalizeText } from './normalize';
import { parseRosterText, type Roster } from './roster';
import { parseSelector, type Selector } from './selector';
import { DOCTOR_QUEUES, type DoctorQueue, type Specialty } from './types';

/**
 * The commands of admins, cadres and group managers, typed to the bot with a `/` (in a DM, or in a group mentioning
 * it), in English or Chinese. This file is the grammar (zod for every argument) and the table of who may use what.
 * Pure.
 */

export const ROLES = ['admin', 'cadre', 'manager', 'doctor'] as const;
export type Role = (typeof ROLES)[number];
/** Roles granted by `/grant` (doctors are added with `/doctor add`, which needs their specialties). */
export const GRANTABLE = ['admin', 'cadre', 'manager'] as const;
export type GrantableRole = (typeof GRANTABLE)[number];

export const GROUP_FIELDS = [
  'country',
  'district',
  'region',
  'city',
  'association',
  'level',
  'timezone',
  'language',
  'tiptime',
] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

export const LANGUAGES = ['zh', 'en', 'it', 'es', 'fr', 'de', 'nl', 'pt', 'hu'] as const;

export const PERIODS = ['today', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** A person as typed: `@name`, a WeChat id, a display name, or `me`. Resolved against the store by the handler. */
export type PersonRef = string;

export type AdminCommand =
  | { name: 'help' }
  | { name: 'id' }
  | { name: 'group info'; group: string | null }
  | { name: 'group set'; group: string | null; field: GroupField; value: string }
  | { name: 'group pause'; group: string | null }
  | { name: 'group resume'; group: string | null }
  | { name: 'group intake'; group: string | null; on: boolean }
  | {
      name: 'grant';
      person: PersonRef;
      role: GrantableRole;
      scope: Selector | null;
      scopeText: string | null;
    }
  | { name: 'revoke'; person: PersonRef; role: Role; scope: Selector | null; scopeText: string | null }
  | { name: 'who'; person: PersonRef }
  | { name: 'link'; person: PersonRef; platform: 'dingtalk' | 'wechat-oa'; platformId: string }
  | { name: 'doctor add'; person: PersonRef; specialties: DoctorQueue[]; hospital: string }
  | { name: 'doctor remove'; person: PersonRef }
  | { name: 'doctor roster'; person: PersonRef; roster: Roster | null }
  | { name: 'doctors'; specialty: Specialty | null }
  | { name: 'queue' }
  | { name: 'reassign'; ticket: number; doctor: PersonRef }
  | { name: 'stats'; period: Period; selector: Selector | null }
  | { name: 'export'; from: string; to: string }
  | { name: 'audit'; count: number }
  | { name: 'tips'; group: string | null; on: boolean }
  | { name: 'tip now'; selector: Selector }
  | { name: 'tip add'; text: string }
  | { name: 'tip review'; id: string }
  | { name: 'broadcast'; selector: Selector; text: string }
  | { name: 'broadcast cancel'; id: number | null }
  | { name: 'broadcast report'; id: number | null }
  | { name: 'confirm'; id: number | null };

export type CommandName = AdminCommand['name'];

/** How far a role reaches with a command: everywhere, or only inside its scopes (groups or selectors). */
export type Reach = 'all' | 'scoped';

export interface CommandSpec {
  usage: string;
  /** What it does, for `/help` (Chinese, English). */
  zh: string;
  en: string;
  /** Who may use it; absent roles are refused. `everyone` includes people with no role. */
  roles: Partial<Record<Role | 'everyone', Reach>>;
  /** Changes state (recorded with what changed; refused to anyone without the role). */
  writes: boolean;
}

const ADMIN = { admin: 'all' } as const;

export const COMMANDS: Record<CommandName, CommandSpec> = {
  help: {
    usage: '/help',
    zh: '列出您可用的命令',
    en: 'list the commands you may use',
    roles: { everyone: 'all' },
    writes: false,
  },
  id: {
    usage: '/id',
    zh: '显示您的微信 id',
    en: 'show your WeChat id',
    roles: { everyone: 'all' },
    writes: false,
  },
  'group info': {
    usage: '/group info [group=<群id或群名>]',
    zh: '群的资料与状态',
    en: "a group's details and state",
    roles: { admin: 'all', cadre: 'scoped', manager: 'scoped' },
    writes: false,
  },
  'group set': {
    usage: `/group set <${GROUP_FIELDS.join('|')}> <值> [group=<群>]`,
    zh: '设置群资料',
    en: "set a group's details",
    roles: { admin: 'all', manager: 'scoped' },
    writes: true,
  },
  'group pause': {
    usage: '/group pause [group=<群>]',
    zh: '暂停：机器人在群里只回应紧急情况',
    en: 'pause: the bot answers only emergencies in the group',
    roles: { admin: 'all', manager: 'scoped' },
    writes: true,
  },
  'group resume': {
    usage: '/group resume [group=<群>]',
    zh: '恢复群服务',
    en: 'resume the group',
    roles: { admin: 'all', manager: 'scoped' },
    writes: true,
  },
  'group intake': {
    usage: '/group intake <on|off> [group=<群>]',
    zh: '是否自动接收未@机器人的提问',
    en: 'take questions that do not mention the bot, or not',
    roles: { admin: 'all', manager: 'scoped' },
    writes: true,
  },
  grant: {
    usage: '/grant <人> <admin|cadre|manager> [范围]',
    zh: '授予角色（范围：群或选择器，如 country=IT,city=Milano）',
    en: 'grant a role (scope: a group or a selector such as country=IT,city=Milano)',
    roles: ADMIN,
    writes: true,
  },
  revoke: {
    usage: '/revoke <人> <admin|cadre|manager|doctor> [范围]',
    zh: '撤销角色',
    en: 'revoke a role',
    roles: ADMIN,
    writes: true,
  },
  who: {
    usage: '/who <人>',
    zh: '查看某人的角色与范围',
    en: "a person's roles and scopes",
    roles: { admin: 'all', cadre: 'all' },
    writes: false,
  },
  link: {
    usage: '/link <人> <dingtalk|wechat-oa> <平台 id>',
    zh: '把某人在钉钉或公众号上的身份（staffId / openid）关联到此人',
    en: "link a person's DingTalk staff id or Official Account openid to them",
    roles: ADMIN,
    writes: true,
  },
  'doctor add': {
    usage: '/doctor add <人> <科室,科室> [医院]',
    zh: '登记志愿医生',
    en: 'register a volunteer doctor',
    roles: ADMIN,
    writes: true,
  },
  'doctor remove': {
    usage: '/doctor remove <人>',
    zh: '停用医生（其未答的单放回队列）',
    en: 'retire a doctor (their open claims go back to the queue)',
    roles: ADMIN,
    writes: true,
  },
  'doctor roster': {
    usage: '/doctor roster <人> <mon-fri 09:00-12:00; sat 14:00-18:00 [tz=Asia/Shanghai] | off>',
    zh: '设置医生的值班表',
    en: "set a doctor's weekly roster",
    roles: ADMIN,
    writes: true,
  },
  doctors: {
    usage: '/doctors [科室]',
    zh: '现在值班的医生',
    en: 'doctors on duty now',
    roles: { admin: 'all', cadre: 'all', manager: 'all', doctor: 'all' },
    writes: false,
  },
  queue: {
    usage: '/queue',
    zh: '各科等待数、最久等待、值班人数',
    en: 'waiting per specialty, oldest wait, doctors on duty',
    roles: { admin: 'all', cadre: 'all' },
    writes: false,
  },
  reassign: {
    usage: '/reassign <编号> <医生>',
    zh: '把一单改派给某位医生',
    en: 'give a ticket to a doctor',
    roles: ADMIN,
    writes: true,
  },
  stats: {
    usage: '/stats [today|week|month] [选择器]',
    zh: '统计：咨询量、服务人次、接单与回答用时、升级、提示与群发',
    en: 'figures: consultations, person-times served, time to claim and answer, escalations, tips, broadcasts',
    roles: { admin: 'all', cadre: 'scoped', manager: 'scoped' },
    writes: false,
  },
  export: {
    usage: '/export <YYYY-MM-DD> <YYYY-MM-DD>',
    zh: '导出去标识化的 CSV（无姓名、无消息内容）',
    en: 'write a de-identified CSV (no names, no message text)',
    roles: ADMIN,
    writes: false,
  },
  tips: {
    usage: '/tips <on|off> [group=<群>]',
    zh: '开关本群的每日防护提示',
    en: "turn the group's daily tip on or off",
    roles: { admin: 'all', manager: 'scoped' },
    writes: true,
  },
  'tip now': {
    usage: '/tip now <选择器>',
    zh: '现在就向选中的群发一条提示',
    en: 'post a tip to the selected groups now',
    roles: ADMIN,
    writes: true,
  },
  'tip add': {
    usage: '/tip add <提示内容>',
    zh: '把一条提示加入提示库',
    en: 'add a tip to the library',
    roles: ADMIN,
    writes: true,
  },
  'tip review': {
    usage: '/tip review <custom-n>',
    zh: '医生审核管理员添加的提示（审核后才会发送）',
    en: "a doctor's review of an admin's tip (it is sent only once reviewed)",
    roles: { doctor: 'all' },
    writes: true,
  },
  broadcast: {
    usage: '/broadcast <选择器> <内容>',
    zh: '群发通知：先预览群数与用时，再 /confirm 发送',
    en: 'broadcast: a preview with the number of groups and the time, then /confirm',
    roles: { admin: 'all', cadre: 'scoped' },
    writes: true,
  },
  'broadcast cancel': {
    usage: '/broadcast cancel [编号]',
    zh: '取消未确认的群发',
    en: 'cancel a broadcast not yet confirmed',
    roles: { admin: 'all', cadre: 'scoped' },
    writes: true,
  },
  'broadcast report': {
    usage: '/broadcast report [编号]',
    zh: '群发进度：已发、失败、排队中',
    en: 'how a broadcast stands: sent, failed, still queued',
    roles: { admin: 'all', cadre: 'scoped' },
    writes: false,
  },
  confirm: {
    usage: '/confirm [编号]',
    zh: '确认发送预览中的群发',
    en: 'send the broadcast you previewed',
    roles: { admin: 'all', cadre: 'scoped' },
    writes: true,
  },
  audit: {
    usage: '/audit [条数]',
    zh: '最近的管理操作记录',
    en: 'the latest recorded commands',
    roles: ADMIN,
    writes: false,
  },
};

/** Command words (and Chinese aliases) → the command, or a family whose sub-word picks it. */
const WORDS: Record<string, CommandName | 'group' | 'doctor' | 'tip' | 'broadcast'> = {
  help: 'help',
  帮助: 'help',
  id: 'id',
  我的id: 'id',
  group: 'group',
  群: 'group',
  群信息: 'group info',
  群设置: 'group set',
  暂停: 'group pause',
  恢复: 'group resume',
  grant: 'grant',
  授权: 'grant',
  revoke: 'revoke',
  撤销: 'revoke',
  who: 'who',
  查询: 'who',
  link: 'link',
  关联: 'link',
  doctor: 'doctor',
  医生: 'doctor',
  doctors: 'doctors',
  值班医生: 'doctors',
  queue: 'queue',
  队列: 'queue',
  reassign: 'reassign',
  改派: 'reassign',
  stats: 'stats',
  统计: 'stats',
  export: 'export',
  导出: 'export',
  audit: 'audit',
  审计: 'audit',
  tips: 'tips',
  提示开关: 'tips',
  tip: 'tip',
  提示: 'tip',
  broadcast: 'broadcast',
  群发: 'broadcast',
  confirm: 'confirm',
  确认: 'confirm',
};

const SUBWORDS: Record<'group' | 'doctor' | 'tip' | 'broadcast', Record<string, CommandName>> = {
  tip: {
    now: 'tip now',
    现在: 'tip now',
    add: 'tip add',
    添加: 'tip add',
    review: 'tip review',
    审核: 'tip review',
  },
  broadcast: {
    cancel: 'broadcast cancel',
    取消: 'broadcast cancel',
    report: 'broadcast report',
    status: 'broadcast report',
    报告: 'broadcast report',
    进度: 'broadcast report',
  },
  group: {
    info: 'group info',
    信息: 'group info',
    set: 'group set',
    设置: 'group set',
    pause: 'group pause',
    暂停: 'group pause',
    resume: 'group resume',
    恢复: 'group resume',
    intake: 'group intake',
    自动接收: 'group intake',
  },
  doctor: {
    add: 'doctor add',
    添加: 'doctor add',
    remove: 'doctor remove',
    移除: 'doctor remove',
    停用: 'doctor remove',
    roster: 'doctor roster',
    排班: 'doctor roster',
    值班表: 'doctor roster',
  },
};

const FIELD_WORDS: Record<string, GroupField> = {
  ...Object.fromEntries(GROUP_FIELDS.map((f) => [f, f])),
  国家: 'country',
  领区: 'district',
  地区: 'region',
  城市: 'city',
  社团: 'association',
  同乡会: 'association',
  级别: 'level',
  时区: 'timezone',
  语言: 'language',
  提示时间: 'tiptime',
};

const PERIOD_WORDS: Record<string, Period> = {
  today: 'today',
  今天: 'today',
  今日: 'today',
  week: 'week',
  本周: 'week',
  month: 'month',
  本月: 'month',
};

export type ParsedAdmin =
  | { ok: true; command: AdminCommand }
  /** The command is known but its arguments are not right: reply with its usage and `reason`. */
  | { ok: false; name: CommandName; reason: string }
  /** `/something` that is no command. */
  | { ok: false; name: null; word: string };

/** Splits on spaces, keeping "quoted text" (straight or Chinese quotes, also after `key=`) within one token. */
export function tokenize(text: string): string[] {
  // a WeChat mention ("@Anna Rossi" + U+2005) is one token, spaces and all
  const re = /[@＠][^@＠\u2005\n]{1,40}?\u2005|(?:[^\s"“「]+|"[^"]*"?|“[^”]*”?|「[^」]*」?)+/gu;
  return (text.match(re) ?? []).map((t) => t.replace(/["“”「」\u2005]/gu, '').trim());
}

/** A word compared with the tables: full-width folded, lower case. */
const fold = (word: string): string => word.normalize('NFKC').toLowerCase();

/** True when the text is a slash command (`/word…`, full-width slash included). */
export function isSlashCommand(raw: string): boolean {
  return /^\/\S/u.test(normalizeText(raw));
}

const Person = z.string().min(1, 'name the person: @name, their id, or me');
const OnOff = z.enum(['on', 'off']);
const IsoDate = z.iso.date('a date as YYYY-MM-DD');

/** Parses a slash command; null when the text is not one. Every argument is checked with zod. */
export function parseAdminCommand(raw: string): ParsedAdmin | null {
  if (!isSlashCommand(raw)) return null;
  // names keep the writer's own characters (full-width brackets are common in group names): only words are folded
  const tokens = tokenize(raw.trim().slice(1));
  const word = fold(tokens.shift() ?? '');
  const family = lookup(WORDS, word);
  if (!family) return { ok: false, name: null, word };
  let name: CommandName;
  if (family === 'broadcast') {
    // "/broadcast <selector> <text>" unless the next word is cancel/report
    const picked = lookup(SUBWORDS.broadcast, fold(tokens[0] ?? ''));
    if (picked) tokens.shift();
    name = picked ?? 'broadcast';
  } else if (family === 'group' || family === 'doctor' || family === 'tip') {
    const sub = fold(tokens[0] ?? '');
    const picked = lookup(SUBWORDS[family], sub);
    if (!picked)
      return {
        ok: false,
        name: family === 'group' ? 'group info' : family === 'tip' ? 'tip now' : 'doctor add',
        reason: `unknown: /${word} ${sub}`.trim(),
      };
    tokens.shift();
    name = picked;
  } else name = family;
  try {
    return { ok: true, command: build(name, tokens, raw) };
  } catch (err) {
    if (err instanceof UsageError) return { ok: false, name, reason: err.message };
    if (err instanceof z.ZodError)
      return { ok: false, name, reason: err.issues.map((i) => i.message).join('; ') };
    throw err;
  }
}

class UsageError extends Error {}

/** Takes a `group=<ref>` token out of the arguments (the target group of a group command sent by DM). */
function takeGroup(tokens: string[]): string | null {
  const at = tokens.findIndex((t) => /^(?:group|群)[=＝]/iu.test(t));
  if (at < 0) return null;
  const [token] = tokens.splice(at, 1);
  const ref = (token ?? '').replace(/^(?:group|群)[=＝]/iu, '').trim();
  if (!ref) throw new UsageError('group= needs a group id or name');
  return ref;
}

function noMore(tokens: string[]): void {
  if (tokens.length > 0) throw new UsageError(`unexpected "${tokens.join(' ')}"`);
}

function selectorOf(text: string): Selector {
  const r = parseSelector(text);
  if (!r.ok) throw new UsageError(r.reason);
  return r.selector;
}

/** The raw text after the first `words` words (the writer's own line breaks and characters kept). */
function rawRest(raw: string, words: number): string {
  let rest = raw.trim();
  // the same token shape as `tokenize` (a quoted value after key= stays one token)
  for (let i = 0; i < words; i++)
    rest = rest.replace(/^(?:[^\s"“「]+|"[^"]*"?|“[^”]*”?|「[^」]*」?)+\s*/u, '');
  return rest.trim();
}

const OptionalId = (t: string[]): number | null => {
  const word = t.shift();
  noMore(t);
  return word === undefined ? null : TicketNumber.parse(fold(word).replace(/^#/u, ''));
};

function build(name: CommandName, t: string[], raw: string): AdminCommand {
  switch (name) {
    case 'help':
    case 'id':
    case 'queue':
      noMore(t);
      return { name };
    case 'group info':
    case 'group pause':
    case 'group resume': {
      const group = takeGroup(t);
      noMore(t);
      return { name, group };
    }
    case 'group intake':
    case 'tips': {
      const group = takeGroup(t);
      const on = OnOff.parse(
        fold(t.shift() ?? '')
          .replace(/^开$/u, 'on')
          .replace(/^关$/u, 'off'),
      );
      noMore(t);
      return { name, group, on: on === 'on' };
    }
    case 'group set': {
      const group = takeGroup(t);
      const field = lookup(FIELD_WORDS, fold(t.shift() ?? ''));
      if (!field) throw new UsageError(`a field: ${GROUP_FIELDS.join(', ')}`);
      const value = t.join(' ').trim();
      if (!value) throw new UsageError(`a value for ${field}`);
      return { name, group, field, value: checkField(field, value) };
    }
    case 'grant':
    case 'revoke': {
      const person = Person.parse(t.shift() ?? '');
      const roleWord = fold(t.shift() ?? '');
      const role = (name === 'grant' ? z.enum(GRANTABLE) : z.enum(ROLES)).parse(
        lookup(ROLE_WORDS, roleWord) ?? roleWord,
      );
      const scopeText = t.length > 0 ? t.join(' ') : null;
      const scope = scopeText === null ? null : selectorOrGroup(scopeText);
      if (name === 'grant' && role === 'manager' && scope === null)
        throw new UsageError('a manager needs a scope: group=<群> or a selector');
      if (name === 'grant' && role === 'admin' && scope !== null && !scope.all)
        throw new UsageError('admins are not scoped');
      return name === 'grant'
        ? { name, person, role: role as GrantableRole, scope, scopeText }
        : { name, person, role, scope, scopeText };
    }
    case 'who': {
      const person = Person.parse(t.shift() ?? '');
      noMore(t);
      return { name, person };
    }
    case 'link': {
      const person = Person.parse(t.shift() ?? '');
      const platform = z.enum(['dingtalk', 'wechat-oa']).parse(
        fold(t.shift() ?? '')
          .replace(/^钉钉$/u, 'dingtalk')
          .replace(/^公众号$/u, 'wechat-oa'),
      );
      const platformId = z
        .string()
        .min(1, 'the id on that platform')
        .parse(t.shift() ?? '');
      noMore(t);
      return { name, person, platform, platformId };
    }
    case 'doctor add': {
      const person = Person.parse(t.shift() ?? '');
      const words = (t.shift() ?? '').split(/[,，、/]/u).filter(Boolean);
      const specialties = words.map((w) => specialtyFromWord(w));
      if (words.length === 0 || specialties.some((s) => s === null || s === 'policy'))
        throw new UsageError(`specialties: ${DOCTOR_QUEUES.join(', ')}`);
      return {
        name,
        person,
        specialties: [...new Set(specialties as DoctorQueue[])],
        hospital: t.join(' ').trim(),
      };
    }
    case 'doctor remove': {
      const person = Person.parse(t.shift() ?? '');
      noMore(t);
      return { name, person };
    }
    case 'doctor roster': {
      const person = Person.parse(t.shift() ?? '');
      const r = parseRosterText(t.join(' '));
      if (!r.ok) throw new UsageError(r.reason);
      return { name, person, roster: r.roster };
    }
    case 'doctors': {
      const word = t.shift();
      noMore(t);
      if (word === undefined) return { name, specialty: null };
      const specialty = specialtyFromWord(word);
      if (!specialty) throw new UsageError(`unknown specialty "${word}"`);
      return { name, specialty };
    }
    case 'reassign': {
      const ticket = TicketNumber.parse(fold(t.shift() ?? '').replace(/^#/u, ''));
      const doctor = Person.parse(t.shift() ?? '');
      noMore(t);
      return { name, ticket, doctor };
    }
    case 'stats': {
      let period: Period = 'today';
      const first = t[0] === undefined ? undefined : fold(t[0]);
      const named = first === undefined ? undefined : lookup(PERIOD_WORDS, first);
      if (named) {
        period = named;
        t.shift();
      }
      const selector = t.length > 0 ? selectorOf(t.join(' ')) : null;
      return { name, period, selector };
    }
    case 'export': {
      const from = IsoDate.parse(fold(t.shift() ?? ''));
      const to = IsoDate.parse(fold(t.shift() ?? ''));
      noMore(t);
      if (to < from) throw new UsageError('the end date comes before the start date');
      if (Date.parse(to) - Date.parse(from) > 366 * 86_400_000)
        throw new UsageError('at most one year at a time');
      return { name, from, to };
    }
    case 'tip now': {
      if (t.length === 0) throw new UsageError('name the groups: a selector such as country=IT, or all');
      return { name, selector: selectorOf(t.join(' ')) };
    }
    case 'tip add': {
      const text = rawRest(raw, 2);
      if (text.length < 10 || text.length > 500) throw new UsageError('a tip of 10 to 500 characters');
      return { name, text };
    }
    case 'tip review': {
      const id = z
        .string()
        .regex(/^custom-\d+$/u, 'a tip added by an admin, e.g. custom-3')
        .parse(fold(t.shift() ?? ''));
      noMore(t);
      return { name, id };
    }
    case 'broadcast': {
      const selector = selectorOf(t.shift() ?? '');
      const text = rawRest(raw, 2);
      if (!text) throw new UsageError('the text to send');
      if (text.length > 1500) throw new UsageError('at most 1500 characters');
      return { name, selector, text };
    }
    case 'broadcast cancel':
    case 'broadcast report':
    case 'confirm':
      return { name, id: OptionalId(t) };
    case 'audit': {
      const word = t.shift();
      noMore(t);
      const count = word === undefined ? 20 : z.coerce.number().int().min(1).max(100).parse(fold(word));
      return { name, count };
    }
  }
}

const ROLE_WORDS: Record<string, Role> = {
  管理员: 'admin',
  干部: 'cadre',
  群管: 'manager',
  群主: 'manager',
  医生: 'doctor',
};

/** A scope as typed: a selector, or a bare group reference (id or name). */
function selectorOrGroup(text: string): Selector {
  if (/[=＝]/u.test(text) || /^(?:all|\*|全部|所有)$/iu.test(text.trim())) {
    const r = parseSelector(text);
    if (r.ok) return r.selector;
    // a DingTalk group id ("cid…==@dingtalk") has "=" in it
    if (text.includes('@') && !/\s/u.test(text.trim()))
      return { all: false, terms: [{ key: 'group', value: text.trim() }] };
    throw new UsageError(r.reason);
  }
  return { all: false, terms: [{ key: 'group', value: text.trim() }] };
}

function checkField(field: GroupField, typed: string): string {
  // codes, zones and times are folded (full-width letters and digits); names keep the characters as typed
  const value =
    field === 'country' || field === 'timezone' || field === 'language' || field === 'tiptime'
      ? fold(typed).trim()
      : typed;
  switch (field) {
    case 'country': {
      if (!/^[A-Za-z]{2}$/u.test(value)) throw new UsageError('country is a two-letter code such as IT');
      return value.toUpperCase();
    }
    case 'timezone': {
      const zone = typed.normalize('NFKC').trim();
      try {
        // the canonical spelling ("europe/rome" → "Europe/Rome")
        return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
      } catch {
        throw new UsageError(`"${zone}" is no IANA time zone (e.g. Europe/Rome)`);
      }
    }
    case 'tiptime': {
      const m = /^(\d{1,2}):(\d{2})$/u.exec(value);
      if (!m || Number(m[1]) > 23 || Number(m[2]) > 59)
        throw new UsageError('a local time as HH:MM, e.g. 09:00');
      return `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? ''}`;
    }
    case 'language': {
      const lang = value.toLowerCase();
      if (!(LANGUAGES as readonly string[]).includes(lang))
        throw new UsageError(`a language: ${LANGUAGES.join(', ')}`);
      return lang;
    }
    default:
      if (value.length > 80) throw new UsageError('at most 80 characters');
      return value;
  }
}

/** What a set of roles may do with a command: its widest reach, or null (refused). */
export function reachOf(name: CommandName, roles: ReadonlySet<Role>): Reach | null {
  const spec = COMMANDS[name].roles;
  if (spec.everyone) return spec.everyone;
  let best: Reach | null = null;
  for (const r of roles) {
    const reach = spec[r];
    if (reach === 'all') return 'all';
    if (reach === 'scoped') best = 'scoped';
  }
  return best;
}

/** The roles that may use a command (for a refusal: "needs admin or manager"). */
export function rolesFor(name: CommandName): Role[] {
  return ROLES.filter((r) => COMMANDS[name].roles[r] !== undefined);
}
