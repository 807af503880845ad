import type { UsageCommand } from './doctor-command';
import { lookup } from './lookup';
import type { Specialty, Urgency } from './types';

/**
 * Every sentence the bot says, in one place (Chinese first; other languages plug in here).
 * Acknowledgements in groups never repeat health details: the group sees a ticket number and a queue only.
 */

export const SPECIALTY_NAMES: Record<Specialty, string> = {
  respiratory: '呼吸科',
  pediatrics: '儿科',
  psychology: '心理咨询',
  tcm: '中医科',
  chronic: '慢病科',
  maternal: '妇产科',
  general: '全科',
  policy: '侨务政策',
};

export const URGENCY_NAMES: Record<Urgency, string> = { emergency: '紧急', urgent: '较急', routine: '普通' };

export interface PlaceInfo {
  groupName: string;
  country: string | null;
  city: string | null;
}

const COUNTRY_NAMES: Record<string, string> = {
  IT: '意大利',
  ES: '西班牙',
  FR: '法国',
  DE: '德国',
  NL: '荷兰',
  PT: '葡萄牙',
  AT: '奥地利',
  HU: '匈牙利',
  GB: '英国',
  US: '美国',
  BR: '巴西',
  AR: '阿根廷',
  CN: '中国',
};

/** Where a ticket comes from, who asked and what, as doctors see it. */
function ticketLines(t: { place: PlaceInfo | null; askerName: string; question: string }): string[] {
  return [t.place ? `群：${place(t.place)}` : '来源：私信', `提问人：${t.askerName}`, `问题：${t.question}`];
}

/** The first line of a question, at most 40 characters, for lists. */
function preview(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

export function countryName(code: string | null): string | null {
  if (!code) return null;
  return lookup(COUNTRY_NAMES, code.toUpperCase()) ?? code;
}

function place(p: PlaceInfo): string {
  const where = [countryName(p.country), p.city].filter((x): x is string => !!x).join(' · ');
  return where ? `${p.groupName}（${where}）` : p.groupName;
}

export const texts = {
  /** `emergencyNumber`: the asker's country's first emergency number, when known (every ack carries it). */
  /**
   * `emergencyNumber`: the asker's country's first emergency number, when known (every ack carries it);
   * `ahead`: tickets before this one in its queue (honest waiting); `privately`: the answer comes by DM
   * (psychology, maternal, or asked for), and a group asker is told how to make that possible.
   */
  ack(
    ticket: number,
    specialty: Specialty,
    isGroup: boolean,
    doctorsOnDuty: number,
    emergencyNumber: string | null = null,
    opts: { ahead?: number; privately?: boolean; botName?: string; nextShift?: string | null } = {},
  ): string {
    const where =
      isGroup && !opts.privately
        ? '医生回复后会在本群 @您'
        : isGroup
          ? `为保护隐私，医生会私信回复您（请先加${opts.botName ? `「${opts.botName}」` : '我'}为好友：点我的头像 → 添加到通讯录）`
          : '医生回复后会私信您';
    const queue = SPECIALTY_NAMES[specialty];
    const line = opts.ahead && opts.ahead > 0 ? `您前面还有 ${opts.ahead} 位在排队。` : '';
    const sent =
      doctorsOnDuty > 0
        ? `已转给${queue}值班医生。${line}${where}，请稍候。`
        : `已排入${queue}队列，但现在没有${queue}医生值班${opts.nextShift ? `，下一位医生预计${opts.nextShift}上班` : ''}，医生上班后会尽快回复。${line}${where}。`;
    const call = emergencyNumber ? `当地急救电话 ${emergencyNumber}` : '当地急救电话';
    return `已收到您的咨询，编号 #${ticket}，${sent}如情况紧急，请立即拨打${call}。`;
  },

  emergencyAck(
    ticket: number,
    specialty: Specialty,
    isGroup: boolean,
    doctorsOnDuty: number,
    opts: { privately?: boolean; botName?: string } = {},
  ): string {
    const queue = SPECIALTY_NAMES[specialty];
    const where =
      isGroup && !opts.privately
        ? '医生会在本群 @您'
        : isGroup
          ? `为保护隐私医生会私信您（请先加${opts.botName ? `「${opts.botName}」` : '我'}为好友）`
          : '医生会私信您';
    const who =
      doctorsOnDuty > 0
        ? `已作为紧急情况排在${queue}队列最前面，并提醒了值班医生，${where}。`
        : `已作为紧急情况排在${queue}队列最前面；现在没有${queue}医生值班，医生上班后会第一个看到（${where}）。`;
    return `编号 #${ticket}：${who}请先按上面的急救电话求助，不要等待医生回复。`;
  },

  emptyRequest(botName: string): string {
    return `您好，我是${botName}，志愿医生在线答疑。请 @${botName} 后直接写下您的问题（如症状、持续时间、年龄），或以 #咨询 开头发送。`;
  },

  dmIntro(botName: string): string {
    return `您好，我是${botName}。请直接发送您想咨询的健康问题（症状、持续多久、年龄、在哪个国家），志愿医生会尽快私信答复您。`;
  },

  tooLong(length: number, max: number): string {
    return `消息太长（${length} 字，最多 ${max} 字），没有转给医生。请简要描述：症状、持续多久、年龄、在哪个国家；内容多可以分几条发。`;
  },

  youAreWelcome(): string {
    return '不客气，祝您和家人健康平安！有新的问题，直接发给我即可。';
  },

  unreadable(kind: 'image' | 'voice' | 'file' | 'other'): string {
    const what = { image: '图片', voice: '语音', file: '文件', other: '这类消息' }[kind];
    return `抱歉，我暂时无法读取${what}，医生也看不到。请用文字描述您的问题（症状、持续时间、年龄）。`;
  },

  notifyDoctor(input: {
    ticket: number;
    specialty: Specialty;
    urgency: Urgency;
    place: PlaceInfo | null;
    askerName: string;
    question: string;
    transferredFrom?: Specialty | null;
  }): string {
    return [
      `${input.urgency === 'emergency' ? '🚨 ' : ''}【${input.transferredFrom ? `转科咨询（原${SPECIALTY_NAMES[input.transferredFrom]}）` : '新咨询'} #${input.ticket}】${SPECIALTY_NAMES[input.specialty]} · ${URGENCY_NAMES[input.urgency]}`,
      ...(input.urgency === 'emergency' ? ['提问人已收到当地急救电话。请尽快接单。'] : []),
      ...ticketLines(input),
      `回复「接 ${input.ticket}」或「claim ${input.ticket}」接单；回复「next」接最紧急的一单。`,
    ].join('\n');
  },

  claimed(input: {
    ticket: number;
    specialty: Specialty;
    place: PlaceInfo | null;
    askerName: string;
    question: string;
  }): string {
    return [
      `您已接单 #${input.ticket}（${SPECIALTY_NAMES[input.specialty]}）。`,
      ...ticketLines(input),
      `请回复「答 ${input.ticket} 您的回答」；您只有这一单时，直接发送文字即可作为回答。`,
    ].join('\n');
  },

  alreadyClaimed(ticket: number, doctorName: string, byYou: boolean): string {
    return byYou ? `#${ticket} 已经是您接的单了。` : `#${ticket} 已由 ${doctorName} 医生接单，谢谢您！`;
  },

  notOpen(ticket: number, status: string): string {
    const what: Record<string, string> = { answered: '已回复', closed: '已结束', cancelled: '已取消' };
    return `#${ticket} ${what[status] ?? '不在排队中'}，无法接单。`;
  },

  unknownTicket(ticket: number): string {
    return `没有找到咨询 #${ticket}，请核对编号。`;
  },

  notYourSpecialty(ticket: number, specialty: Specialty): string {
    return `#${ticket} 属于${SPECIALTY_NAMES[specialty]}，不在您的科室范围内。`;
  },

  notOnDuty(): string {
    return '您当前不在值班状态，无法接单。发送「上班」或「on」开始值班。';
  },

  notADoctor(): string {
    return '抱歉，接单和回答只对登记的志愿医生开放。如需咨询，请直接发送您的问题。';
  },

  nothingQueued(specialties: Specialty[]): string {
    return `目前${specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}没有排队的咨询，谢谢您！`;
  },

  notYourClaim(ticket: number): string {
    return `#${ticket} 不是您接的单，无法回答。请先发送「接 ${ticket}」。`;
  },

  answerWaitsForAsker(ticket: number, askerName: string): string {
    return `#${ticket} 的回答已交给公众号；${askerName} 超过 48 小时没有留言，公众号规则下要等对方下次发消息时才能收到。`;
  },

  answerDelivered(ticket: number, target: { groupName: string | null; askerName: string }): string {
    const where = target.groupName
      ? `群「${target.groupName}」并 @${target.askerName}`
      : `${target.askerName} 的私信`;
    return `#${ticket} 的回答已发送到${where}。如已解决，请发送「close ${ticket}」结束。`;
  },

  answerUndelivered(ticket: number): string {
    return `#${ticket} 的回答多次尝试后仍未能发送给提问人（微信账号可能掉线）。这一单已重新交回给您：请稍后用「答 ${ticket} 内容」再发一次，或联系管理员。`;
  },

  released(ticket: number): string {
    return `已将 #${ticket} 放回队列，并通知了其他值班医生。`;
  },

  cannotRelease(ticket: number): string {
    return `#${ticket} 不是您手上正在处理的单，无法放回。发送「mine」查看您接的单。`;
  },

  extended(tickets: number[], minutes: number): string {
    return `已延长 ${tickets.map((t) => `#${t}`).join('、')} 的接单时间 ${minutes} 分钟。`;
  },

  nothingToExtend(): string {
    return '您目前没有可以延长的接单。发送「mine」查看您接的单。';
  },

  leaseNudge(ticket: number, minutesLeft: number): string {
    return `提醒：#${ticket} 的接单时间还剩约 ${minutesLeft} 分钟，到时未回答会退回队列。需要更多时间请回复「more」或「延长」；不便回答请回复「放回 ${ticket}」。`;
  },

  atCapacity(capacity: number, open: number[]): string {
    return `您手上已有 ${open.length} 单（${open.map((t) => `#${t}`).join('、')}），每位医生最多同时接 ${capacity} 单。请先回答或「放回」其中一单。`;
  },

  mine(
    open: Array<{ ticket: number; specialty: Specialty; minutesLeft: number | null; question: string }>,
  ): string {
    if (open.length === 0) return '您目前没有接单。发送「queue」看排队的咨询，「next」接最紧急的一单。';
    return [
      `您接的单（${open.length}）：`,
      ...open.map(
        (o) =>
          `#${o.ticket} ${SPECIALTY_NAMES[o.specialty]}${o.minutesLeft === null ? '（等提问人回复）' : `（还剩 ${o.minutesLeft} 分钟）`}：${preview(o.question)}`,
      ),
    ].join('\n');
  },

  queueList(
    waiting: Array<{
      ticket: number;
      specialty: Specialty;
      urgency: Urgency;
      minutesWaiting: number;
      question: string;
    }>,
    specialties: Specialty[],
  ): string {
    if (waiting.length === 0)
      return `${specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}目前没有排队的咨询。`;
    return [
      `排队中（${specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}，最紧急在前）：`,
      ...waiting.map(
        (w) =>
          `#${w.ticket} ${URGENCY_NAMES[w.urgency]} · ${SPECIALTY_NAMES[w.specialty]} · 等了 ${w.minutesWaiting} 分钟：${preview(w.question)}`,
      ),
      '回复「接 编号」接单，或「next」接第一单。',
    ].join('\n');
  },

  escalatedToDoctors(input: {
    ticket: number;
    specialty: Specialty;
    urgency: Urgency;
    minutes: number;
    widened: boolean;
    place: PlaceInfo | null;
    askerName: string;
    question: string;
  }): string {
    return [
      `⏰【等待 ${input.minutes} 分钟无人接单 #${input.ticket}】${SPECIALTY_NAMES[input.specialty]} · ${URGENCY_NAMES[input.urgency]}`,
      ...(input.widened
        ? [`${SPECIALTY_NAMES[input.specialty]}医生暂时无人接单，现请全科医生协助，您也可以接这一单。`]
        : []),
      ...ticketLines(input),
      `回复「接 ${input.ticket}」接单。`,
    ].join('\n');
  },

  escalatedToOverseers(
    ticket: number,
    specialty: Specialty,
    urgency: Urgency,
    minutes: number,
    where: PlaceInfo | null,
  ): string {
    return [
      `⚠️ 咨询 #${ticket}（${SPECIALTY_NAMES[specialty]} · ${URGENCY_NAMES[urgency]}）已等待 ${minutes} 分钟，仍无医生接单。`,
      where ? `群：${place(where)}` : '来源：私信',
      '请联系值班医生或安排人手。（为保护隐私，此处不显示问题内容。）',
    ].join('\n');
  },

  expired(ticket: number, hours: number, emergencyNumber: string | null): string {
    const call = emergencyNumber ? `当地急救电话 ${emergencyNumber}` : '当地急救电话';
    return `很抱歉，您的咨询 #${ticket} 已等待 ${hours} 小时，志愿医生一直没能接单，我们先结束这一单。如果仍需帮助，请重新发送问题，或联系您的家庭医生（medico di base / médico de cabecera）；情况紧急请立即拨打${call}。`;
  },

  tooManyOpen(tickets: number[]): string {
    return `您已有 ${tickets.length} 个咨询（${tickets.map((t) => `#${t}`).join('、')}）在等待或处理中，请先等医生回复；补充内容请在原编号下说明（例如「#${tickets[0] ?? ''} 补充……」）。如情况紧急，请立即拨打当地急救电话。`;
  },

  askerStatus(open: Array<{ ticket: number; specialty: Specialty; status: string }>): string {
    if (open.length === 0) return '您目前没有进行中的咨询。直接发送您的问题即可开始咨询。';
    const state: Record<string, string> = { queued: '排队中', claimed: '医生处理中', answered: '医生已回复' };
    const shown = open.slice(-20);
    return [
      `您的咨询（${open.length}）：`,
      ...(open.length > shown.length ? [`……较早的 ${open.length - shown.length} 单未列出`] : []),
      ...shown.map((o) => `#${o.ticket} ${SPECIALTY_NAMES[o.specialty]} · ${state[o.status] ?? o.status}`),
      '发送「取消 编号」可撤回排队中或处理中的咨询。',
    ].join('\n');
  },

  askerCancelled(ticket: number): string {
    return `已撤回咨询 #${ticket}。有新的问题，随时发给我。`;
  },

  cannotCancel(ticket: number): string {
    return `无法撤回 #${ticket}：它不是您的咨询，或已经回复/结束了。发送「我的咨询」查看。`;
  },

  cancelUsage(): string {
    return '用法：取消 编号（或 cancel 编号），例如 取消 12。发送「我的咨询」查看编号。';
  },

  cancelledToDoctor(ticket: number): string {
    return `提问人已撤回 #${ticket}，这一单已结束，无需回答。`;
  },

  followUpAdded(ticket: number): string {
    return `已把您的补充加到咨询 #${ticket}，接单的医生会一起看到。`;
  },

  followUpForwarded(ticket: number): string {
    return `已把您的补充转给正在处理 #${ticket} 的医生。`;
  },

  followUpToDoctor(ticket: number, askerName: string, text: string): string {
    return `【补充 #${ticket}】${askerName}：${text}\n回复「答 ${ticket} 内容」回答。`;
  },

  doctorAsks(
    ticket: number,
    doctorName: string,
    question: string,
    isGroup: boolean,
    botName: string,
  ): string {
    const how = isGroup ? `请回复「@${botName} #${ticket} 您的回答」，或私信我` : '请直接回复我';
    return `【医生提问 #${ticket}】${doctorName} 医生想了解：${question}\n${how}。`;
  },

  asked(ticket: number): string {
    return `已把您的问题转给 #${ticket} 的提问人。等待对方回复期间，这一单不会超时退回；对方回复后会转给您。`;
  },

  cannotAsk(ticket: number): string {
    return `#${ticket} 不是您手上正在处理的单，无法提问。`;
  },

  digest(
    tickets: Array<{ ticket: number; specialty: Specialty; urgency: Urgency; question: string }>,
  ): string {
    return [
      `📋 又有 ${tickets.length} 单新咨询在排队（为免刷屏，合并通知）：`,
      ...tickets.map(
        (t) =>
          `#${t.ticket} ${SPECIALTY_NAMES[t.specialty]} · ${URGENCY_NAMES[t.urgency]}：${preview(t.question)}`,
      ),
      '回复「接 编号」接单，「next」接最紧急的一单，「queue」看全部。',
    ].join('\n');
  },

  askUndelivered(ticket: number): string {
    return `您对 #${ticket} 的提问没能发给提问人（对方可能还没加我为好友）。已在群里提醒对方加好友；这一单仍由您处理，也可以「放回 ${ticket}」。`;
  },

  addMeToReceive(ticket: number, botName: string): string {
    return `医生有消息要私信给您（咨询 #${ticket}），但无法发送。请先加「${botName || '我'}」为好友（点我的头像 → 添加到通讯录），医生会再发给您。`;
  },

  unclearCommand(text: string): string {
    return `没看懂「${text.slice(0, 20)}」：像是命令，但格式不对，所以没有发给提问人。如果是回答，请发「答 编号 内容」；发送「help」查看全部命令。`;
  },

  alerts(on: boolean): string {
    return on
      ? '已开启紧急提醒：下班时，您科室的紧急咨询仍会私信通知您。回复「紧急提醒 关」关闭。'
      : '已关闭紧急提醒：下班时不再收到任何通知。';
  },

  shiftStarted(specialties: Specialty[], waiting: number): string {
    const queue =
      waiting > 0 ? `目前有 ${waiting} 单在排队，发送「next」接最紧急的一单。` : '目前没有排队的咨询。';
    return `按排班，您的值班开始了（${specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}）。${queue}如今天不便，回复「off」即可。`;
  },

  shiftEnded(openClaims: number): string {
    const left = openClaims > 0 ? `您手上还有 ${openClaims} 单，请回答或「放回」。` : '';
    return `按排班，您的值班结束了，不再推送新咨询。${left}辛苦了！`;
  },

  claimLapsed(ticket: number, minutes: number): string {
    return `#${ticket} 接单已超过 ${minutes} 分钟未回答，已退回队列，其他值班医生可以接单。如仍想回答，请重新发送「接 ${ticket}」。`;
  },

  answerPost(input: {
    ticket: number;
    answer: string;
    doctorName: string;
    hospital: string;
    specialty: Specialty;
  }): string {
    const signature = [`${input.doctorName} 医生`, input.hospital, SPECIALTY_NAMES[input.specialty]]
      .filter((x) => x.length > 0)
      .join(' · ');
    return `【医生回复 #${input.ticket}】\n${input.answer}\n—— ${signature}`;
  },

  closed(ticket: number): string {
    return `#${ticket} 已结束，谢谢您！`;
  },

  alreadyClosed(ticket: number): string {
    return `#${ticket} 已经结束了。`;
  },

  notAnsweredYet(ticket: number): string {
    return `#${ticket} 还没有回答，不能结束。请先发送「答 ${ticket} 您的回答」。`;
  },

  cannotClose(ticket: number): string {
    return `#${ticket} 不是您接的单，无法结束。`;
  },

  whichTicket(tickets: number[]): string {
    return `您手上有 ${tickets.length} 单（${tickets.map((t) => `#${t}`).join('、')}），请用「答 编号 内容」说明回答哪一单。`;
  },

  noOpenClaim(): string {
    return '您目前没有接单。发送「next」接最紧急的一单，或「接 编号」接指定的一单；发送「help」查看全部命令。';
  },

  onDuty(specialties: Specialty[], waiting: number): string {
    const queue =
      waiting > 0 ? `目前有 ${waiting} 单在排队，发送「next」接最紧急的一单。` : '目前没有排队的咨询。';
    return `已开始值班（${specialties.map((s) => SPECIALTY_NAMES[s]).join('、')}）。${queue}有新咨询会私信通知您。`;
  },

  offDuty(): string {
    return '已下班，不再推送新咨询。辛苦了！';
  },

  transferred(ticket: number, from: Specialty, to: Specialty): string {
    return `已将 #${ticket} 从${SPECIALTY_NAMES[from]}转到${SPECIALTY_NAMES[to]}队列，并通知了该科值班医生。谢谢您帮助改进分诊！`;
  },

  transferSame(ticket: number, specialty: Specialty): string {
    return `#${ticket} 已经在${SPECIALTY_NAMES[specialty]}队列。`;
  },

  cannotTransfer(ticket: number): string {
    return `#${ticket} 不能转科：只有接单的医生，或排队时本科室的医生，可以转科；已回答或已结束的咨询不能转。`;
  },

  usage(command: UsageCommand): string {
    return {
      release: '用法：release 编号（或「放回 编号」），例如 放回 12',
      ask: '用法：ask 编号 问题（或「问 编号 问题」），例如 问 12 发烧几天了？',
      transfer:
        '用法：transfer 编号 科室（或「转 编号 科室」），例如 转 12 儿科。科室：呼吸科、儿科、心理、中医、慢病、妇产科、全科、政策',
      claim: '用法：claim 编号（或「接 编号」），例如 claim 12',
      answer: '用法：answer 编号 内容（或「答 编号 内容」），例如 答 12 多喝水，按时测体温',
      close: '用法：close 编号（或「结束 编号」），例如 close 12',
    }[command];
  },

  doctorHelp(): string {
    return [
      '医生命令：',
      'next / 下一个 / 接 —— 接最紧急、最早的一单',
      'claim 12 / 接 12 —— 接指定的一单',
      'answer 12 内容 / 答 12 内容 —— 回答（只有一单时直接发文字即可）',
      'close 12 / 结束 12 —— 结束咨询',
      'transfer 12 儿科 / 转 12 儿科 —— 转到其他科室（记录为分诊纠正）',
      'release 12 / 放回 12 —— 放回队列，让其他医生接',
      'more / 延长 —— 延长接单时间（也可 more 12）',
      'mine / 我的 —— 我接的单；queue / 排队 —— 我科室排队的咨询',
      'ask 12 问题 / 问 12 问题 —— 向提问人追问（等待回复期间不超时）',
      'alerts on|off / 紧急提醒 开|关 —— 下班时是否接收本科室的紧急咨询',
      'on / 上班，off / 下班 —— 值班状态',
    ].join('\n');
  },
};
