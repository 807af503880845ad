import { COMMANDS, rolesFor, type CommandName, type Role } from './admin-command';
import { lookup } from './lookup';
import { formatRoster, wallClock, type Roster } from './roster';
import { formatDuration, type Stats } from './stats';
import { SPECIALTY_NAMES, URGENCY_NAMES } from './texts';
import { SPECIALTIES, URGENCIES, type GroupInfo, type Specialty, type Urgency } from './types';

/**
 * What the bot says to admins, cadres and group managers. Chinese (the federation's language); a usage reply is in
 * the caller's language (zh, en, it, es; others get English).
 */

export const ROLE_NAMES: Record<Role, string> = {
  admin: '管理员(admin)',
  cadre: '干部(cadre)',
  manager: '群管理(manager)',
  doctor: '医生(doctor)',
};

interface UsageWords {
  usage: string;
  wrong: string;
  unknown: string;
  help: string;
}

const USAGE_WORDS: Record<string, UsageWords> = {
  zh: { usage: '用法', wrong: '命令格式不对', unknown: '没有这个命令', help: '发送 /help 查看可用命令' },
  en: {
    usage: 'Usage',
    wrong: 'that is not right',
    unknown: 'no such command',
    help: 'send /help for your commands',
  },
  it: {
    usage: 'Uso',
    wrong: 'non è corretto',
    unknown: 'comando sconosciuto',
    help: 'invia /help per i tuoi comandi',
  },
  es: {
    usage: 'Uso',
    wrong: 'no es correcto',
    unknown: 'comando desconocido',
    help: 'envía /help para ver tus comandos',
  },
};

const words = (lang: string): UsageWords => lookup(USAGE_WORDS, lang) ?? (USAGE_WORDS.en as UsageWords);

const hhmm = (at: number, tz: string): string => {
  const w = wallClock(at, tz);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${w.y}-${pad(w.m)}-${pad(w.d)} ${pad(Math.floor(w.minute / 60))}:${pad(w.minute % 60)}`;
};

export const adminTexts = {
  /** One line: what was wrong and how the command goes, in the caller's language. */
  usage(name: CommandName, reason: string, lang: string): string {
    const w = words(lang);
    const family = /^unknown: \/(\S+)/u.exec(reason);
    if (family) {
      const prefix = name.split(' ')[0] ?? '';
      const all = (Object.keys(COMMANDS) as CommandName[]).filter((n) => n.startsWith(`${prefix} `));
      return `${w.usage}: ${all.map((n) => COMMANDS[n].usage).join(' | ')}`;
    }
    return `${w.usage}: ${COMMANDS[name].usage}（${w.wrong}: ${reason}）`;
  },

  unknownCommand(word: string, lang: string): string {
    const w = words(lang);
    return `/${word}: ${w.unknown}. ${w.help}`;
  },

  commandFailed(): string {
    return '抱歉，这条命令没有执行成功，已记录，未做任何更改。请稍后再试或联系管理员。';
  },

  refused(name: CommandName): string {
    const who = rolesFor(name)
      .map((r) => ROLE_NAMES[r])
      .join('或');
    return `/${name} 需要${who}角色，您没有，未做任何更改。`;
  },

  outOfScope(name: CommandName, what: string): string {
    return `/${name}：${what} 不在您负责的范围内，未做任何更改。`;
  },

  slowDown(perMinute: number): string {
    return `命令太频繁（每分钟最多 ${perMinute} 条），请一分钟后再试。此期间的命令不会执行。`;
  },

  slowDownReports(perMinute: number): string {
    return `/stats 与 /export 每分钟最多 ${perMinute} 次，请一分钟后再试。`;
  },

  help(lines: Array<{ usage: string; zh: string }>, isDoctor: boolean, hasRole: boolean): string {
    const out = ['您可用的命令：', ...lines.map((l) => `${l.usage} —— ${l.zh}`)];
    if (isDoctor) out.push('医生接单命令（不带 /）：发送 help 查看。');
    if (!hasRole) out.push('咨询健康问题：直接发送问题即可；「查询」看进度，「取消 编号」撤回。');
    return out.join('\n');
  },

  yourId(id: string): string {
    return `您的微信 id：${id}`;
  },

  unknownPerson(ref: string): string {
    return `找不到「${ref}」：请用 @昵称、微信 id（对方发送 /id 可查看），对方需先在群里发过言或私信过机器人。`;
  },

  ambiguousPerson(ref: string, ids: string[]): string {
    return `有 ${ids.length} 人叫「${ref}」：请改用微信 id（${ids.join('、')}）。`;
  },

  unknownGroup(ref: string): string {
    return `找不到群「${ref}」：请用群 id 或完整群名。`;
  },

  ambiguousGroup(ref: string, ids: string[]): string {
    return `有 ${ids.length} 个群叫「${ref}」：请改用群 id（${ids.join('、')}）。`;
  },

  whichGroup(): string {
    return '私信中请指明群：加上 group=<群 id 或群名>（在群里 @我 发送则作用于本群）。';
  },

  groupInfo(
    g: Omit<GroupInfo, 'autoIntake'> & {
      autoIntake: boolean;
      managers: string[];
      members: number;
      open: number;
    },
  ): string {
    const v = (x: string | null): string => x ?? '（未设置）';
    return [
      `群：${g.name}（${g.id}）`,
      `国家 ${v(g.country)} · 领区 ${v(g.district)} · 地区 ${v(g.region)} · 城市 ${v(g.city)}`,
      `社团 ${v(g.association)} · 级别 ${v(g.level)}`,
      `时区 ${g.timezone} · 语言 ${g.language} · 服务账号 ${g.botId}`,
      `状态：${g.paused ? '已暂停（只回应紧急情况）' : '服务中'} · 自动接收未@的提问：${g.autoIntake ? '开' : '关'}` +
        ` · 每日提示：${g.tipsEnabled ? g.tipTime : '关'}`,
      `群管理：${g.managers.length > 0 ? g.managers.join('、') : '（无）'} · 已知成员 ${g.members} 人 · 进行中的咨询 ${g.open} 单`,
    ].join('\n');
  },

  groupSet(groupName: string, field: string, before: string | null, after: string): string {
    return `已更新「${groupName}」的 ${field}：${before ?? '（未设置）'} → ${after}`;
  },

  paused(groupName: string, paused: boolean, already: boolean): string {
    if (already) return `「${groupName}」本来就${paused ? '已暂停' : '在服务中'}。`;
    return paused
      ? `已暂停「${groupName}」：机器人在群里只回应紧急情况。恢复：/group resume`
      : `已恢复「${groupName}」的服务。`;
  },

  intake(groupName: string, on: boolean): string {
    return on
      ? `「${groupName}」：有把握的健康提问即使没有 @我 也会接收。`
      : `「${groupName}」：只接收 @我 或 #咨询 开头的提问。`;
  },

  granted(name: string, role: Role, scope: string, already: boolean): string {
    const where = scope === '*' ? '全部' : scope;
    return already
      ? `${name} 已经是 ${ROLE_NAMES[role]}（范围：${where}），未做更改。`
      : `已授予 ${name} ${ROLE_NAMES[role]}（范围：${where}）。`;
  },

  youWereGranted(role: Role, scope: string): string {
    return `您已被授予 ${ROLE_NAMES[role]} 角色（范围：${scope === '*' ? '全部' : scope}）。发送 /help 查看可用命令。`;
  },

  revoked(name: string, role: Role, count: number): string {
    return count === 0
      ? `${name} 没有 ${ROLE_NAMES[role]} 角色，未做更改。`
      : `已撤销 ${name} 的 ${ROLE_NAMES[role]} 角色。`;
  },

  linked(name: string, platform: string, platformId: string): string {
    const where = platform === 'dingtalk' ? '钉钉' : '公众号';
    return `已关联：${name} 在${where}上的身份是 ${platformId}，从那里发来的消息都算作本人（医生可在那里接单、回答）。`;
  },

  lastAdmin(): string {
    return '不能撤销最后一位管理员：请先授予另一人 admin。';
  },

  who(p: {
    id: string;
    name: string;
    grants: Array<{ role: Role; scope: string }>;
    doctor: {
      specialties: Specialty[];
      hospital: string;
      onDuty: boolean;
      active: boolean;
      roster: Roster | null;
    } | null;
    groups: number;
  }): string {
    const lines = [`${p.name}（${p.id}）· 所在群 ${p.groups} 个`];
    const roles = p.grants.filter((g) => g.role !== 'doctor');
    lines.push(
      roles.length === 0
        ? '角色：无'
        : `角色：${roles.map((g) => `${ROLE_NAMES[g.role]}[${g.scope === '*' ? '全部' : g.scope}]`).join('、')}`,
    );
    if (p.doctor) {
      const d = p.doctor;
      lines.push(
        `医生：${d.active ? '' : '（已停用）'}${d.specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}` +
          `${d.hospital ? ` · ${d.hospital}` : ''} · ${d.onDuty ? '值班中' : '未值班'}` +
          `${d.roster ? ` · 值班表 ${formatRoster(d.roster)}` : ''}`,
      );
    }
    return lines.join('\n');
  },

  doctorAdded(name: string, specialties: Specialty[], again: boolean): string {
    const list = specialties.map((s) => SPECIALTY_NAMES[s]).join('、');
    return again
      ? `已更新医生 ${name}：${list}。`
      : `已登记医生 ${name}：${list}。对方发送 on 开始值班，或用 /doctor roster 设置值班表。`;
  },

  welcomeDoctor(specialties: Specialty[]): string {
    return `欢迎加入侨海通志愿医生（${specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}）。发送 on 开始值班，help 查看接单命令。`;
  },

  doctorRemoved(name: string, released: number[]): string {
    return `已停用医生 ${name}。${released.length > 0 ? `其未答的 ${released.map((t) => `#${t}`).join('、')} 已放回队列。` : ''}`;
  },

  youWereRetired(): string {
    return '管理员已暂停您的志愿医生身份，您不会再收到新的咨询。谢谢您的付出！';
  },

  notADoctor(name: string): string {
    return `${name} 不是登记在册的医生（先用 /doctor add 登记）。`;
  },

  rosterSet(name: string, roster: Roster | null, onDuty: boolean): string {
    return roster
      ? `已设置 ${name} 的值班表：${formatRoster(roster)}。现在${onDuty ? '值班中' : '不在值班时间'}。`
      : `已清除 ${name} 的值班表，值班状态由本人 on/off 决定。`;
  },

  doctorsOnDuty(
    specialty: Specialty | null,
    doctors: Array<{ name: string; specialties: Specialty[]; hospital: string; open: number }>,
  ): string {
    const what = specialty ? SPECIALTY_NAMES[specialty] : '各科';
    if (doctors.length === 0) return `${what}现在没有值班医生。`;
    return [
      `${what}值班医生 ${doctors.length} 位：`,
      ...doctors.map(
        (d) =>
          `· ${d.name}（${d.specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}${d.hospital ? ` · ${d.hospital}` : ''}）进行中 ${d.open} 单`,
      ),
    ].join('\n');
  },

  queueOverview(
    rows: Array<{
      specialty: Specialty;
      waiting: number;
      byUrgency: Record<Urgency, number>;
      oldestMs: number | null;
      onDuty: number;
    }>,
  ): string {
    const total = rows.reduce((n, r) => n + r.waiting, 0);
    return [
      `等待中共 ${total} 单：`,
      ...rows.map((r) => {
        const urgent = URGENCIES.filter((u) => r.byUrgency[u] > 0)
          .map((u) => `${URGENCY_NAMES[u]}${r.byUrgency[u]}`)
          .join(' ');
        return (
          `· ${SPECIALTY_NAMES[r.specialty]}：${r.waiting} 单${urgent ? `（${urgent}）` : ''}` +
          `${r.oldestMs !== null ? ` · 最久 ${formatDuration(r.oldestMs)}` : ''} · 值班 ${r.onDuty} 人`
        );
      }),
    ].join('\n');
  },

  reassigned(ticket: number, doctorName: string, fromName: string | null): string {
    return `#${ticket} 已改派给 ${doctorName}${fromName ? `（原由 ${fromName} 接单）` : ''}。`;
  },

  cannotReassign(ticket: number, status: string | null): string {
    return status === null ? `没有找到咨询 #${ticket}。` : `#${ticket} 当前状态为 ${status}，无法改派。`;
  },

  takenFromYou(ticket: number): string {
    return `#${ticket} 已由管理员改派给其他医生，您无需再回答。谢谢！`;
  },

  stats(s: Stats, label: string, timezone: string): string {
    const bySpecialty = SPECIALTIES.filter((x) => s.bySpecialty[x] > 0)
      .map((x) => `${SPECIALTY_NAMES[x]} ${s.bySpecialty[x]}`)
      .join('，');
    const byUrgency = URGENCIES.map((u) => `${URGENCY_NAMES[u]} ${s.byUrgency[u]}`).join('，');
    return [
      `统计 ${label}（${hhmm(s.from, timezone)} 起，${timezone}）`,
      `咨询 ${s.consultations} 单${bySpecialty ? `：${bySpecialty}` : ''}`,
      `紧急程度：${byUrgency}`,
      `服务 ${s.personTimes} 人次（${s.people} 人）`,
      `接单用时：中位 ${formatDuration(s.claimMs.median)}，P90 ${formatDuration(s.claimMs.p90)}（${s.claimMs.n} 单）`,
      `回答用时：中位 ${formatDuration(s.answerMs.median)}，P90 ${formatDuration(s.answerMs.p90)}（${s.answerMs.n} 单）`,
      `升级 ${s.escalations} 次 · 每日提示 ${s.tipsSent} 条 · 群发 ${s.broadcastsSent} 条` +
        (s.purged > 0 ? ` · 按保留期限删除 ${s.purged} 单的文字` : ''),
    ].join('\n');
  },

  tipsSwitched(groupName: string, on: boolean): string {
    return on
      ? `「${groupName}」每天会收到一条防护提示。`
      : `「${groupName}」不再收到每日防护提示（/tips on 恢复）。`;
  },

  tipsPosted(sent: number, skipped: number, duration: string): string {
    return `已安排向 ${sent} 个群发送提示${skipped > 0 ? `（${skipped} 个暂停或关闭提示的群跳过）` : ''}，按当前节奏约需 ${duration}。`;
  },

  tipAdded(id: string, reviewed: boolean): string {
    return reviewed
      ? `已加入提示库：${id}。`
      : `已加入提示库：${id}（尚未经医生审核，审核前不会发送；请一位医生发送 /tip review ${id}）。`;
  },

  tipReviewed(id: string, doctor: string): string {
    return `${id} 已由 ${doctor} 医生审核，将加入每日提示。`;
  },

  noSuchTip(id: string): string {
    return `没有提示 ${id}（只有管理员添加的提示需要在这里审核）。`;
  },

  broadcastPreview(p: {
    id: number;
    selector: string;
    groups: number;
    paused: number;
    accounts: number;
    duration: string;
    minutes: number;
    text: string;
  }): string {
    return [
      `群发预览 #${p.id}（${p.selector}）：将发往 ${p.groups} 个群${p.paused > 0 ? `（${p.paused} 个暂停的群不发）` : ''}，` +
        `由 ${p.accounts} 个账号分发，按当前节奏约需 ${p.duration}；医生回答与紧急回复始终优先。`,
      `回复 /confirm ${p.id}（或「确认」）发送，${p.minutes} 分钟内有效；/broadcast cancel ${p.id} 取消。`,
      `内容：${p.text}`,
    ].join('\n');
  },

  broadcastNothing(selector: string): string {
    return `选择器 ${selector} 没有选中任何可发送的群，未创建群发。`;
  },

  broadcastStarted(id: number, groups: number, duration: string): string {
    return `群发 #${id} 已开始，发往 ${groups} 个群，约需 ${duration}。/broadcast report ${id} 查看进度。`;
  },

  noDraft(): string {
    return '没有待确认的群发（预览可能已过期），请重新发送 /broadcast。';
  },

  notYourBroadcast(id: number): string {
    return `群发 #${id} 不是您发起的。`;
  },

  broadcastCancelled(id: number, ok: boolean): string {
    return ok ? `已取消群发 #${id}。` : `群发 #${id} 已在发送或已取消，无法取消。`;
  },

  broadcastReport(
    b: { id: number; selector: string; status: string; groups: number },
    r: { sent: number; failed: number; queued: number },
  ): string {
    if (b.status === 'draft') return `群发 #${b.id}（${b.selector}）尚未确认：/confirm ${b.id}`;
    if (b.status === 'cancelled') return `群发 #${b.id} 已取消。`;
    return `群发 #${b.id}（${b.selector}，${b.groups} 个群）：已发送 ${r.sent}，失败 ${r.failed}，排队中 ${r.queued}。`;
  },

  broadcastMessage(text: string): string {
    return `📢【侨联通知】\n${text}`;
  },

  exported(file: string, rows: number): string {
    return `已导出 ${rows} 条（去标识化：无姓名、无 id、无消息内容）到服务器文件：${file}`;
  },

  exportUnavailable(): string {
    return '这里不能写导出文件（未配置数据目录）。';
  },

  audit(
    entries: Array<{
      at: number;
      actor: string;
      command: string;
      args: string;
      outcome: string;
      where: string;
    }>,
    timezone: string,
  ): string {
    if (entries.length === 0) return '还没有操作记录。';
    return [
      `最近 ${entries.length} 条操作（新→旧，${timezone}）：`,
      ...entries.map(
        (e) =>
          `${hhmm(e.at, timezone)} ${e.actor} /${e.command}${e.args ? ` ${e.args}` : ''} → ${e.outcome}（${e.where}）`,
      ),
    ].join('\n');
  },
};
