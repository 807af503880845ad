import type { CompiledLexicon, CompiledRule, CompiledTerm, GuardScope, RuleKind } from './triage-lexicon';
import { scoreModel, selfHarmProbability } from './triage-model';
import { readNumbers, type Readings } from './triage-numbers';
import { prepareText } from './triage-text';
import { SPECIALTIES, type DoctorQueue, type Specialty, type Urgency } from './types';

/**
 * Triage: is a message a medical consultation, a policy question, or neither; which queue; how urgent; how sure.
 * Transparent rules from the lexicon (config/triage.json), so every decision can be explained to a doctor.
 *
 * 1. Prepare the text (NFKC, Traditional → Simplified, lower case, no accents, Chinese numerals → digits) and read
 *    numbers (temperature, SpO2, ages, days).
 * 2. Fire rules: a term that is negated ("没有呼吸困难", "senza febbre") does not fire; in a hypothetical
 *    ("如果出现呼吸困难…") it fires without urgency. Rules with `requires` fire when their signals did.
 * 3. Score: the weights of fired rules (+ fever and SpO2 readings) → confidence = sigmoid(scale·(score + bias)).
 * 4. Decide: a current medical complaint at confidence ≥ `thresholds.consult` is a consultation; otherwise a policy
 *    question if policy rules make it likely; otherwise none.
 * 5. Specialty: self-harm → psychology; pregnancy → maternal; a child → pediatrics; a TCM request → tcm; otherwise
 *    the complaint with the most weight (the earlier one on a tie); `general` when nothing else is named.
 * 6. Urgency: the highest urgency among fired, non-hypothetical rules; `routine` otherwise.
 * 7. Second reader (triage-model.ts, config/triage-model.json): an n-gram model can raise a consultation the rules
 *    did not call an emergency to one (at `threshold`), or take a message as an emergency consultation (at
 *    `takeThreshold`); it fires as the rule `model`, naming the n-grams that weighed most. An emergency it raises
 *    goes to psychology when its self-harm head says so (step 5's first precedence, which the rules did not see).
 *    It never lowers what the rules decided.
 */

export interface FiredRule {
  id: string;
  /** The signal it raises (other rules' `requires`/`unless` refer to it). */
  signal: string;
  kind: RuleKind | 'number' | 'model';
  weight: number;
  specialty?: DoctorQueue;
  urgency?: 'emergency' | 'urgent';
  /** The term (or reading) that fired it. */
  match: string;
  /** Position in the prepared text (for "the main complaint comes first"). */
  at: number;
  /** Seen in a hypothetical ("如果…"): evidence, but no urgency. */
  hypothetical: boolean;
  /** False when the rule's weight must not count for or against a policy question. */
  alsoPolicy?: boolean;
  /** The rule names the queue whenever it fires (after who-first). */
  decides?: boolean;
  /** A guard with a `scope`: where its terms stand (what it may stop is read from them; see `inScope`). */
  spans?: readonly GuardSpan[];
}

/** One term of a scoped guard in the prepared text. */
export interface GuardSpan {
  scope: GuardScope;
  at: number;
  end: number;
}

export interface IgnoredMatch {
  id: string;
  kind: RuleKind;
  match: string;
  reason: 'negated';
}

export type TriageKind = 'consult' | 'policy' | 'none';

export interface Triage {
  kind: TriageKind;
  /** A doctor queue for consultations, `policy` for policy questions, null for none. */
  specialty: Specialty | null;
  /** Set for consultations only. */
  urgency: Urgency | null;
  /** How sure the decision is, 0..1 (for none: how sure it is not a consultation or policy question). */
  confidence: number;
  /** Probability-like scores behind the decision. */
  pConsult: number;
  pPolicy: number;
  rules: FiredRule[];
  ignored: IgnoredMatch[];
  readings: Readings;
}

/**
 * Whether an emergency is self-harm (the crisis line goes with the emergency numbers): a rule that raised it names
 * psychology, be it `self-harm` itself, one of the combinations that read intent told indirectly (a farewell with a
 * place of danger, affairs put in order with an ending…), or the second reader's self-harm head.
 */
export function isSelfHarm(t: Triage): boolean {
  return (
    t.urgency === 'emergency' &&
    t.rules.some((r) => !r.hypothetical && r.urgency === 'emergency' && r.specialty === 'psychology')
  );
}

const WHO_ORDER: readonly DoctorQueue[] = ['psychology', 'maternal', 'pediatrics', 'tcm'];
/** The signal of a child named only as a bystander (lexicon rule `child-bystander`): it does not take pediatrics. */
const CHILD_BYSTANDER = 'child-bystander';
/** The signal of an infant's fever (lexicon rule `infant-fever`): the infant is a patient, never a bystander. */
const INFANT_FEVER = 'infant-fever';
const MEDICAL_KINDS: ReadonlySet<string> = new Set(['symptom', 'who', 'modifier', 'topic', 'number']);
const COMPLAINT_KINDS: ReadonlySet<string> = new Set(['symptom', 'who', 'modifier', 'number']);
const CLAUSE_END = new Set([...'，。,!?！？；;\n：:～~…']);
const FILLER = /[有再太见也会是么什怎明显出现过发生任何一点都着觉得感到]/gu;
const LIST_JOINER = /[、和或及与跟/]/u;
const CJK_THEN_SPACE = /[\u3400-\u9fff]\s/u;
const CJK_START = /^[\u3400-\u9fff]/u;
/** A Latin negation closed by its own object ("no se entiende nada", "non capisce niente", "can't see anything"). */
const CLOSED_NEGATION = /(?<![a-z])(?:nada|niente|nulla|nothing|anything|nadie|nessuno|nobody)\s+$/u;
/** When a baby was born ("两个月前生的", "3周前出生"): its age, not a past episode. */
const BORN_AGO = /(?:\d+|几|两)\s*(?:个多月|个月|周|个星期|星期|天)前(?:出)?生/gu;
/**
 * Since a past time ("since last week", "desde el mes pasado", "dalla settimana scorsa", "从上个月开始"): it has gone on
 * until now, not a past episode.
 */
const SINCE_PAST =
  /(?:(?<![a-z])(?:since|from|desde|da|dal|dalla|dallo)\s+(?:el |la |il |lo )?(?:last (?:week|month|night)|(?:mes|semana) pasad[oa]|(?:mese|settimana) scors[oa]))|从?(?:上周|上星期|上个星期|上个礼拜|上礼拜|上个月)(?:开始|起|以来|到现在|到今天)/gu;
/**
 * A comparison with the last time ("比上次厉害", "worse than last time", "peggio dell'altra volta"): it describes now,
 * not the past episode.
 */
const COMPARED_TO_PAST =
  /比(?:上次|上回|以前|之前|那次)|(?:than|as) (?:the )?(?:last time|before)|(?:dell'|della |di quella )(?:altra volta|volta scorsa)|(?:que|como) (?:la )?(?:otra|ultima) vez/gu;
/**
 * Advice heard in the past ("群里以前说过拿玻璃杯压一压", "之前有人讲过", "医生以前教过"): the past cue dates the
 * saying, not what the writer did and saw after it ("…压一压 我压了 不退色"); only a how-to said, not an episode
 * explained ("上次医生说过 我老公喘不上气是哮喘" is last time's breathlessness).
 */
const PAST_SAYING =
  /(?:以前|之前|上次|早前)(?:有人|大家|医生|群里)?(?:说过|讲过|教过|提过|发过|讲起过)(?=\s*(?:要|可以|可|拿|用|压|试|先|记得|如果|遇到))/gu;
/** The signal of a relapse ("今天又来了", "又开始痛了", "di nuovo", "otra vez"; lexicon rule `relapse`). */
const RELAPSE = 'relapse';
/** In or after a complaint, "since …" dates when it began ("feeling low since my dad died last month"): it goes on now. */
const SINCE_WORD = /(?<![a-z])(?:since|desde|da quando|dal giorno in cui)\s/u;
/**
 * A clause opened by Spanish "si" ("y si", "pero si") before a clitic or a verb of a what-if: "si se le hincha la
 * garganta, ¿qué hago?", "si le baja la saturación". Accents are dropped, so emphatic "sí" reads the same: a verb in
 * the past after the clitics ("sí se cayó", "sí se le hinchó") is a fact told, not a what-if.
 */
const SI_OPENS = /^\s*(?:y |pero |o |e )?si /u;
const SI_WHAT_IF =
  /^si (?:se|le|les|me|te|nos|no|tengo|empieza|empiezan|vuelve|sigue|tuviera|pasa|sale|da|pone|baja|sube|alguien|algun|alguna|una persona|usted)(?![a-z])/u;
const SI_PAST =
  /^si (?:(?:se|le|les|me|te|nos|lo|la) )+(?:[a-z]+o|fue|hizo|dio|puso|tuvo|dijo|vino)(?![a-z])/u;
/** Whether `s` (a clause, or the start of one) opens with a Spanish what-if "si". */
function siWhatIf(s: string): boolean {
  if (!SI_OPENS.test(s)) return false;
  const si = s.slice(s.search(/si /u));
  return SI_WHAT_IF.test(si) && !SI_PAST.test(si);
}
/**
 * A past cue that opens its clause ("Hace un año mi hijo tuvo una convulsión", "When I had covid my sats dropped to
 * 89"). Inside a clause it is only a relative's history ("mi padre operado hace un año tiene dolor en el pecho", "my
 * dad who had bypass a year ago has chest pain"): the red flag after it is current. Any count of years opens it too
 * ("Hace dos años tuve una convulsión por fiebre", "3 anni fa", "10 years ago").
 */
const CLAUSE_START_PAST =
  /^\s*(?:hace (?:un|1|\d{1,2}|unos|muchos|varios) anos?|(?:un|\d{1,2}) ann[oi] fa|(?:a|\d{1,2}) years? ago|when (?:i|he|she|we|they|my \w+) had (?:covid|corona|the flu|flu|pneumonia|a stroke|a heart attack|surgery|an operation|the baby|a baby))(?![a-z])/u;
/**
 * A season past opening its clause ("Last winter I had a seizure out of nowhere, …"), up to an "and" or "but" that
 * tells what is happening now ("Last winter he had pneumonia and he's breathing really fast"); inside a clause it is
 * when someone arrived or what happened the last time ("moved to Madrid last summer and…", "unlike her last fall").
 */
const SEASON_START_PAST =
  /^\s*last (?:winter|summer|spring|autumn|fall)(?![a-z])(?![^]*(?<![a-z])(?:and|but|now)(?![a-z]))/u;
/**
 * A fear that names the term itself ("我驚佢中風", "怕佢係中风", "担心他会中风"): what is feared, not what happened. It
 * reaches only the word right after it: "惊佢中风 佢个嘴歪咗" tells a drooping mouth now.
 */
const FEARED = /(?:惊|怕|担心|害怕)(?:佢|他|她|渠|自己|佢自己|他自己|她自己)(?:会|係|系|是|得)?$/u;
/** A clause that only asks what the illness is ("担心他会不会是心梗", "是不是脑梗啊", "系咪中风"). */
const DIAGNOSIS_QUESTION =
  /^\s*(?:我|好)?(?:担心|怕|惊|害怕)?(?:他|她|佢|渠)?(?:会不会|是不是|会唔会|系唔系|系咪|是否)(?:是|系)?\p{Script=Han}{1,4}(?:啊|呀|吗|嘛|呢|啦)?[?？]?$/u;
/** A year-ago cue right before a past verb dates its clause ("mia suocera un anno fa ha avuto un ictus"). */
const YEAR_AGO_VERB =
  /(?:hace (?:un|1) ano|(?:un|1) anno fa|(?:a|1) year ago|(?:in|nel|en) (?:19[5-9]\d|20[0-2]\d)) (?:ha avuto|ebbe|ha tenido|tuvo|had|ha fatto|hizo)(?![a-z])/u;
/**
 * A decade or a year said short in the clause before the term ("en los años 60 mi abuelo tuvo una convulsión", "nel '98
 * lo zio ha avuto un infarto", "back in the 80s"): long past, whoever tells it.
 */
const DECADE_PAST =
  /(?<![a-z])(?:(?:en los|en la decada de los|negli|nei|in the|back in the) (?:anos |anni )?(?:19)?[5-9]0s?|(?:nel|en el|in|back in) '[5-9]\d)(?!\d)(?! ?(?:anni|anos|years|yrs|kg|km|%|giorni|dias|days|min|mg|ml))/u;
/**
 * A year told after the term in its clause ("my dad had a heart attack in 2019"): that year's, unless a relative clause
 * holds it ("keeps asking for grandpa who passed in 2015").
 */
const IN_YEAR = /(?<![a-z])(?:in|nel|en|back in) (?:19[5-9]\d|20[0-2]\d)(?!\d)/u;
const RELATIVE_WORD = /(?<![a-z])(?:who|which|che|que|quien|cui)(?![a-z])/u;
function inYear(rest: string): boolean {
  const at = rest.search(IN_YEAR);
  return at >= 0 && !RELATIVE_WORD.test(rest.slice(0, at));
}

/**
 * A clause that opens with a past time ("两年前…", "去年这个时候…", "之前…", "以前在国内的时候…", "2019年…", "小时候…"): it and the
 * clauses after it in the same sentence tell that past ("两年前我在急诊躺过三天，血氧掉到88"), until a present or a
 * today cue ("现在", "今天", "这两天", "又"): "去年中风过，今天又嘴歪了".
 */
/**
 * The years a bare year may name as the past ("2019 my dad…"): 1950 up to last year, as a plain regex source built
 * once at module load (for 2024: `19[5-9]\d|20[0-1]\d|202[0-4]`).
 */
export function pastYearsSource(lastYear: number): string {
  const parts: string[] = [];
  const lastDecade = Math.floor(lastYear / 10);
  for (let century = 19; century <= Math.floor(lastYear / 100); century++) {
    const from = century === 19 ? 5 : 0;
    const to = century === Math.floor(lastYear / 100) ? (lastDecade % 10) - 1 : 9;
    if (to >= from) parts.push(`${century}[${from}-${to}]\\d`);
  }
  parts.push(`${lastDecade}[0-${lastYear % 10}]`);
  return parts.join('|');
}
const PAST_YEARS = pastYearsSource(new Date().getFullYear() - 1);
const PAST_TIME = String.raw`(?:小时候|年轻的时候|年轻时|去年|旧年|前年|(?:\d+|[一二两三四五六七八九十几半]+|好几|多)(?:年|个月|个多月)前|之前|以前|从前|当年|\d{4}年|(?:${PAST_YEARS})(?= [a-z])|上个月|last year|l.anno scorso|el ano pasado)`;
/**
 * A clause opened by a past time, or by who it is about and then the past time ("我奶奶年轻的时候…", "我爸说他1998年…",
 * "我之前几年前…").
 */
const PAST_SUBJECT = String.raw`(?:(?:我|我的|我家)?(?:奶奶|爷爷|外婆|外公|阿嫲|阿爷|阿婆|爸爸|妈妈|爸|妈|老公|老婆|老豆|阿妈|阿爸)?(?:说|讲|话)?(?:他|她|佢|渠)?)`;
const PAST_OPENING = new RegExp(String.raw`^\s*${PAST_SUBJECT}${PAST_TIME}`, 'u');
/** The same words anywhere: a sentence without one is not scanned clause by clause. */
const PAST_WORD = new RegExp(PAST_TIME, 'u');
const PAST_ENDS =
  /今天|今日|今晚|今早|今朝|刚才|刚刚|头先|啱啱|正在|突然|这两天|这几天|最近|这次|这回|今次|又|而家|依家|oggi|hoy|today|tonight|stanotte|ahora|adesso|now|suddenly|de repente|all.improvviso|improvvisamente/u;

function inPastSentence(t: string, clauseStart: number, at: number, lex: CompiledLexicon): boolean {
  let s = clauseStart;
  while (s > 0 && !isSentenceEnd(t, s - 1)) s--;
  if (!PAST_WORD.test(t.slice(s, at))) return false;
  // each clause start from the sentence's to the term's own
  for (let c = s; c <= clauseStart; c++) {
    if (c !== s && !isClauseEnd(t, c - 1)) continue;
    const after = t.slice(c, at);
    if (!PAST_OPENING.test(after)) continue;
    return !PAST_ENDS.test(after) && (lex.present === null || after.search(lex.present) < 0);
  }
  return false;
}

/**
 * A relative clause about other people after the term ("keeps talking about people who died years ago", "parla di
 * persone che sono morte anni fa"): its past cue dates those people, not the term.
 */
const RELATIVE_PAST =
  /(?<![a-z])(?:people|someone|somebody|friends|relatives|persone|gente|amigos|parientes|familiares)\s+(?:who|that|che|que)\s[^,;]*$/u;
/** A clause that starts with now or today. */
const TODAY_START = /^(今天|今早|今晚|今日|刚才|刚刚|现在|而家|依家|宜家|这会儿|此刻)/u;
/**
 * A turn to another matter inside one clause-less stretch ("谢谢医生上次的建议 我妈好多了 另外顺便问一下 我自己从下午
 * 开始左边胳膊发麻", "by the way"): a past cue before it dates the first matter, not what is asked after it.
 */
const MATTER_TURN =
  /另外(?![一半两])|顺便问|还有个事|还有一件事|还有件事|(?<![不说做答猜弄搞])对了|(?<![a-z])(?:by the way|btw|por cierto|a proposito)(?![a-z])/gu;

/**
 * Whether a fired rule says something is wrong now: a symptom, a modifier, a reading, or a person whose state is
 * itself the matter (a pregnancy, self-harm told indirectly). A child named is not ("孩子刚生下来，codice fiscale 要
 * 怎么办", "viajar a China con un bebé de 6 meses, ¿hace falta un certificado?" ask about papers, not the child's health).
 */
function isComplaint(f: FiredRule): boolean {
  if (!COMPLAINT_KINDS.has(f.kind) || f.weight <= 0 || f.hypothetical) return false;
  return !(f.kind === 'who' && f.specialty === 'pediatrics' && f.urgency === undefined);
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A clause ends at a comma, a full stop, a line break …; a "." only before a space or the end ("92. now 86", not 38.5). */
function isClauseEnd(t: string, i: number): boolean {
  return CLAUSE_END.has(t[i] ?? '') || isFullStop(t, i);
}

/** A "." that ends a sentence: before a space or the end ("92. now 86"), not inside a number (38.5). */
function isFullStop(t: string, i: number): boolean {
  return t[i] === '.' && (i + 1 >= t.length || t[i + 1] === ' ');
}

function startOf(t: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !isClauseEnd(t, i)) i--;
  return i + 1;
}

/** A Latin letter or digit of the prepared (lower-case) text; a character code test, as it runs on every position. */
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isNegated(t: string, at: number, lex: CompiledLexicon): boolean {
  let prefix = t.slice(startOf(t, at), at);
  if (prefix.length === 0) return false;
  for (const w of lex.notNegation)
    if (prefix.includes(w)) prefix = prefix.split(w).join('_'.repeat(w.length));
  for (const cue of lex.negation.cjk) {
    const idx = prefix.lastIndexOf(cue);
    if (idx < 0) continue;
    const gap = prefix.slice(idx + cue.length);
    // a space after a word is WeChat's comma: "我还没阳 连花清瘟能吃吗" negates nothing after the space
    if (CJK_THEN_SPACE.test(gap)) continue;
    if (gap.replace(FILLER, '').length <= 2) return true;
    if (gap.length <= 14 && LIST_JOINER.test(gap) && !/[a-z0-9]/.test(gap)) return true;
  }
  // a Latin negation does not reach past WeChat's comma (a space after a Chinese word): "叫她 non risponde 眼睛闭着
  // 叫不醒" negates nothing after 闭着 ("non ha mai detto 想伤害自己" still negates)
  if (!latinNegationEnds(prefix, lex)) return false;
  // nor past a Latin phrase its own "nothing" closes, into Chinese: "说话 no se entiende nada 右手拿不住" (the
  // speech is what cannot be understood; the hand is told after it, not denied)
  if (CJK_START.test(t.slice(at, at + 1)) && CLOSED_NEGATION.test(prefix.slice(lastWeChatComma(prefix) + 1)))
    return false;
  return !CJK_THEN_SPACE.test(prefix) || latinNegationEnds(prefix.slice(lastWeChatComma(prefix) + 1), lex);
}

/** Whether one of the last three Latin words of `text` is a negation ("non", "no", "not", "doesn't"). */
function latinNegationEnds(text: string, lex: CompiledLexicon): boolean {
  const words = text.split(/[^a-z0-9']+/).filter((w) => w.length > 0);
  return words.slice(-3).some((w) => lex.negation.latin.has(w) || w.endsWith("n't"));
}

/** "完整的话", "一句话": words said, not the hypothetical "…的话" after a term. */
const WORDS_SAID = /(?:完整|整句|一句|清楚|正常)的话/gu;
const WORDS_SAID_BEFORE = /(?:完整|整句|一句|清楚|正常)$/u;

/**
 * A hypothetical ("如果…", "what if") or the past ("上个月…", "years ago") within the term's own clause: a comma ends
 * it, so "如果可以的话，请帮帮我，我爸喘不过气" is not hypothetical about the breathing. After the term a space after a
 * Chinese word (WeChat's comma) ends it too: "嘴唇发紫了 他肺不好好多年了" is not a past blue lip.
 */
function isHypothetical(t: string, at: number, end: number, lex: CompiledLexicon): boolean {
  const start = startOf(t, at);
  let prefix = t.slice(start, at);
  // a new line (or WeChat's comma) that starts with today is not in last year's clause: "老婆去年走了以后一个人住
  // 今天他把存折拿给我"
  const comma = lastWeChatComma(prefix);
  if (comma >= 0 && TODAY_START.test(prefix.slice(comma + 1))) prefix = prefix.slice(comma + 1);
  // a WeChat clause that only asks what it is ("担心他会不会是心梗 他胸口压着痛半小时了"): the question is about the
  // name, not a what-if about what is told after it
  const firstSpace = prefix.search(/(?<=\p{Script=Han}) /u);
  if (firstSpace > 0 && DIAGNOSIS_QUESTION.test(prefix.slice(0, firstSpace)))
    prefix = prefix.slice(firstSpace + 1);
  const turn = lastMatch(MATTER_TURN, prefix);
  if (turn >= 0) prefix = prefix.slice(turn);
  // "两个月前生的宝宝": when a baby was born is its age, not a past episode
  prefix = prefix
    .replace(BORN_AGO, '')
    .replace(SINCE_PAST, '')
    .replace(COMPARED_TO_PAST, '')
    .replace(PAST_SAYING, '');
  // "3个月前做了支架现在又胸口剧痛": after a past cue, "now" starts the present (a what-if before it still holds)
  const now = lastMatch(lex.present, prefix);
  if (now > 0 && !isWhatIf(prefix.slice(0, now), lex)) prefix = prefix.slice(now);
  if (lex.hypothetical.cjk.some((c) => prefix.includes(c))) return true;
  // a clause opened by Spanish "si" before a clitic or a verb ("si se le hincha la garganta, ¿qué hago?", "si le
  // baja la saturación"): a what-if. "sí, se le hincha" is an answer (the comma ends the clause); Italian reflexive
  // "si" ("si è accasciato", "si tiene il petto") is not followed by these words
  if (SI_OPENS.test(prefix) && siWhatIf(t.slice(start + prefix.search(/si /u)))) return true;
  if (
    CLAUSE_START_PAST.test(prefix) ||
    YEAR_AGO_VERB.test(prefix + t.slice(at, end)) ||
    DECADE_PAST.test(prefix)
  )
    return true;
  if (SEASON_START_PAST.test(prefix) || FEARED.test(prefix)) return true;
  if (inPastSentence(t, start, at, lex)) return true;
  // a what-if cue that runs into the term ("se la saturazione scende a 92", "si la saturación baja"): the term is what
  // the cue supposes
  const term = t.slice(at, end);
  if (!isWhatIf(prefix, lex) && !isWhatIf(term, lex) && isWhatIf(prefix + term, lex)) return true;
  if (lex.hypothetical.latin?.test(prefix)) return true;
  // a space after a Chinese word is WeChat's comma: "嘴唇发紫了 … 他肺不好好多年了" dates the lungs, not the lips
  let stop = end;
  while (stop < t.length && !isClauseEnd(t, stop) && !isWeChatComma(t, stop)) stop++;
  const since = t.slice(at, stop).search(SINCE_WORD);
  if (since >= 0) stop = Math.max(end, at + since);
  // "说不了一句完整的话" is a sentence (话 = words), not the hypothetical "…的话"
  let rest = t.slice(end, stop).replace(WORDS_SAID, '').replace(SINCE_PAST, '').replace(RELATIVE_PAST, '');
  if (rest.startsWith('的话') && WORDS_SAID_BEFORE.test(t.slice(0, end))) rest = rest.slice(2);
  return (
    inYear(rest) ||
    lex.hypotheticalAfter.cjk.some((c) =>
      c.startsWith('^') ? rest.startsWith(c.slice(1)) : rest.includes(c),
    ) ||
    (lex.hypotheticalAfter.latin?.test(rest) ?? false)
  );
}

/** Where the last match of a global pattern in `s` starts, else -1. */
function lastMatch(re: RegExp | null, s: string): number {
  if (!re) return -1;
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

/** Whether a stretch of text holds a what-if cue ("如果", "what if"). */
function isWhatIf(s: string, lex: CompiledLexicon): boolean {
  return lex.whatIf.cjk.some((c) => s.includes(c)) || (lex.whatIf.latin?.test(s) ?? false) || siWhatIf(s);
}

/** Where the last space right after a Chinese character (WeChat's comma, or a line break) is, else -1. */
function lastWeChatComma(prefix: string): number {
  for (let i = prefix.length - 1; i > 0; i--) if (isWeChatComma(prefix, i)) return i;
  return -1;
}

/** A space right after a Chinese character (WeChat's comma). */
function isWeChatComma(t: string, i: number): boolean {
  return t[i] === ' ' && i > 0 && CJK_THEN_SPACE.test(t.slice(i - 1, i + 1));
}

interface TermHit {
  term: CompiledTerm;
  at: number;
  /** The matched text (a `re:` term's actual match). */
  text: string;
}

/**
 * Every occurrence of every rule's terms in one pass over the message (terms indexed by first character), plus the
 * `re:` terms; Latin terms only at word boundaries. Returns the hits per rule index.
 */
function findAllTerms(t: string, lex: CompiledLexicon): Map<number, TermHit[]> {
  const hits = new Map<number, TermHit[]>();
  const push = (i: number, hit: TermHit): void => {
    const list = hits.get(i);
    if (list) list.push(hit);
    else hits.set(i, [hit]);
  };
  for (let at = 0; at < t.length; at++) {
    // Latin terms start at a word start only: inside a word, skip the letter's candidates altogether
    if (isLetter(t[at]) && isLetter(t[at - 1])) continue;
    const first = t[at] ?? '';
    const candidates = lex.byFirstTwo.get(first)?.get(t[at + 1] ?? '') ?? lex.oneChar.get(first);
    if (!candidates || candidates.length === 0) continue;
    for (const [i, term] of candidates) {
      if (!t.startsWith(term.text, at)) continue;
      const end = at + term.text.length;
      if (term.latin && (isLetter(t[at - 1]) || (!term.stem && isLetter(t[end])))) continue;
      push(i, { term, at, text: term.text });
    }
  }
  // a pattern runs only where one of its anchors starts (every match starts with one), or everywhere when it has
  // none, in lexicon order; matches as matchAll finds them: leftmost first, none overlapping
  const starts = new Map<number, number[] | null>();
  for (const p of lex.patternIndex.always) starts.set(p, null);
  for (let at = 0; at < t.length; at++) {
    const anchors = lex.patternIndex.byFirst.get(t[at] ?? '');
    if (!anchors) continue;
    for (const a of anchors) {
      if (!t.startsWith(a.text, at)) continue;
      for (const p of a.patterns) {
        const list = starts.get(p);
        if (list === undefined) starts.set(p, [at]);
        else if (list !== null && list.at(-1) !== at) list.push(at);
      }
    }
  }
  for (const p of [...starts.keys()].sort((a, b) => a - b)) {
    const [i, term] = lex.patterns[p] ?? [];
    if (i === undefined || !term?.re) continue;
    const positions = starts.get(p);
    if (!positions || !term.sticky) {
      for (const m of t.matchAll(term.re)) if (m[0].length > 0) push(i, { term, at: m.index, text: m[0] });
      continue;
    }
    let from = 0;
    for (const at of positions) {
      if (at < from) continue;
      term.sticky.lastIndex = at;
      const m = term.sticky.exec(t);
      if (!m || m[0].length === 0) continue;
      push(i, { term, at, text: m[0] });
      from = at + m[0].length;
    }
  }
  return hits;
}

function numberSignals(r: Readings, lex: CompiledLexicon): Map<string, string> {
  const n = lex.source.numbers;
  const s = new Map<string, string>();
  const ages = r.agesYears;
  const infant = ages.some((a) => a < n.infantUnderMonths / 12);
  // in an infant under numbers.infantUnderMonths a fever is a reading of numbers.infantFeverC or more (37.6 in a
  // 5-week-old is not one)
  const feverFrom = infant ? Math.max(n.feverC, n.infantFeverC) : n.feverC;
  if (r.temperatureC !== null && r.temperatureC >= feverFrom) {
    s.set('fever', `${r.temperatureC}°C`);
    s.set('fever-reading', `${r.temperatureC}°C`);
  }
  if (r.temperatureC !== null && r.temperatureC >= n.infantFeverC)
    s.set('infant-fever-reading', `${r.temperatureC}°C`);
  if (r.temperatureC !== null && r.temperatureC >= n.highFeverC) s.set('temp-high', `${r.temperatureC}°C`);
  if (r.spo2 !== null) s.set('spo2', `SpO2 ${r.spo2}`);
  if (r.spo2 !== null && r.spo2 <= n.spo2Emergency) s.set('spo2-low', `SpO2 ${r.spo2}`);
  if (ages.some((a) => a < n.childUnderYears)) s.set('age-child', ages.map(formatAge).join(','));
  if (ages.some((a) => a < n.infantUnderMonths / 12)) s.set('age-infant', ages.map(formatAge).join(','));
  const anyAge = [...ages, ...r.elderAges];
  if (anyAge.some((a) => a >= n.elderlyFromYears)) s.set('age-elderly', anyAge.map(formatAge).join(','));
  if (ages.length > 0 && ages.every((a) => a >= n.childUnderYears))
    s.set('age-adult', ages.map(formatAge).join(','));
  if (r.days !== null && r.days >= n.longDays) s.set('days-long', `${r.days} days`);
  return s;
}

function formatAge(years: number): string {
  return years >= 1 ? `${Math.round(years)}y` : `${Math.round(years * 12 * 10) / 10}m`;
}

/** Classifies one message. `lex` comes from `compileLexicon(config/triage.json)`. */
/** Only the start of a message is read: a question is in its first lines; a 20,000-character forward is not. */
export const MAX_TRIAGE_CHARS = 2000;

export function classify(text: string, lex: CompiledLexicon): Triage {
  const t = triageText(text);
  const readings = readNumbers(t);
  const fired: FiredRule[] = [];
  const ignored: IgnoredMatch[] = [];
  const signals = numberSignals(readings, lex);
  const { whatIf: whatIfNumbers, factual } = numbersOnlyInWhatIf(t, signals, lex);
  const n = lex.source.numbers;
  if (signals.has('fever'))
    fired.push({
      ...num('temperature', 'fever', n.feverWeight, signals.get('fever') ?? '', t.length, lex.feverQueue),
      hypothetical: whatIfNumbers.has('fever'),
    });
  if (signals.has('spo2'))
    fired.push({
      ...num('spo2', 'spo2', n.spo2Weight, signals.get('spo2') ?? '', t.length, 'respiratory'),
      hypothetical: whatIfNumbers.has('spo2'),
    });

  const firedSignals = new Set<string>(signals.keys());
  const pending = new Map<number, CompiledRule>();
  const hits = findAllTerms(t, lex);
  const subjects = subjectsNamed(hits, lex);
  const relapseAt = lastRelapse(t, hits, lex);
  const pastNumbers = numbersOnlyInPast(t, signals, lex, relapseAt);
  for (const [index, rule] of lex.rules.entries()) {
    if (rule.requires.length > 0 || rule.unless.length > 0) {
      pending.set(index, rule);
      continue;
    }
    const hit = fireByTerms(t, rule, hits.get(index) ?? [], lex, ignored, relapseAt);
    if (hit) {
      fired.push(withSpans(hit, rule, hits.get(index)));
      firedSignals.add(rule.signalName);
    }
  }
  // rules with requirements: repeat until nothing new fires (requirements may chain)
  let progress = true;
  while (progress) {
    progress = false;
    for (const [index, rule] of [...pending]) {
      if (!rule.requires.every((s) => firedSignals.has(s))) continue;
      const stopping = rule.unless.filter((s) => firedSignals.has(s));
      let found = hits.get(index) ?? [];
      if (stopping.length > 0) {
        // a scoped guard stops only what it reaches: the rule may still fire from its terms outside every such reach
        if (rule.compiled.length === 0) continue;
        found = found.filter((h) => !stopping.some((s) => reaches(fired, s, t, h.at, subjects)));
        if (found.length === 0) continue;
      }
      const hit =
        rule.compiled.length === 0
          ? fromRequirements(rule, fired, signals, whatIfNumbers, pastNumbers)
          : fireByTerms(t, rule, found, lex, ignored, relapseAt);
      pending.delete(index);
      if (!hit) continue;
      fired.push(withSpans(hit, rule, found));
      firedSignals.add(rule.signalName);
      progress = true;
    }
  }
  // a complaint a guard stopped ("肋骨按下去会痛" stops chest-pain) still has its negated mentions ("没有胸痛"): the
  // message is health talk whether or not a guard fired (not a rule another complaint stands in for: worry after a fever)
  for (const [index, rule] of pending)
    if (
      rule.kind === 'symptom' &&
      rule.compiled.length > 0 &&
      rule.requires.every((s) => firedSignals.has(s)) &&
      fired.some((f) => f.kind === 'negative' && rule.unless.includes(f.signal))
    )
      fireByTerms(t, rule, hits.get(index) ?? [], lex, ignored, relapseAt);
  const decided = decide(fired, ignored, readings, lex, t, subjects);
  return lex.model ? secondReader(decided, t, lex, factual ?? readings) : decided;
}

/**
 * Where the last relapse outside a what-if is ("上个月胸口痛过一次…今天又来了"), else -1: the episode told as past
 * before it is back now, so a red flag named before it is current (a past cue does not reach across a relapse).
 */
function lastRelapse(t: string, hits: Map<number, TermHit[]>, lex: CompiledLexicon): number {
  const index = lex.rules.findIndex((r) => r.signalName === RELAPSE);
  let last = -1;
  for (const { at } of hits.get(index) ?? [])
    if (at > last && !isNegated(t, at, lex) && !isWhatIf(t.slice(startOf(t, at), at), lex)) last = at;
  return last;
}

/** Whether what is told at `at` is back now: a relapse comes after it (`lastRelapse`), and it is not a what-if. */
function isBackNow(t: string, at: number, relapseAt: number, lex: CompiledLexicon): boolean {
  return relapseAt > at && !isWhatIf(t.slice(startOf(t, at), at), lex);
}

/** A message as triage reads it: its first MAX_TRIAGE_CHARS characters, prepared (triage-text `prepareText`). */
export function triageText(text: string): string {
  return prepareText(text.length > MAX_TRIAGE_CHARS ? text.slice(0, MAX_TRIAGE_CHARS) : text);
}

/**
 * What the second reader is told the numbers of a triage text are: those read outside what-if clauses ("血氧96，万一
 * 掉到88怎么办" is a reading of 96), as classify tells it.
 */
export function modelReadings(t: string, lex: CompiledLexicon): Readings {
  const readings = readNumbers(t);
  return numbersOnlyInWhatIf(t, numberSignals(readings, lex), lex).factual ?? readings;
}

/**
 * The model's say (step 7), only when the rules did not already call an emergency. A message the rules did not take
 * as a consultation (chatter or a policy question) is read too, at `takeThreshold`: a stroke or a farewell described
 * in words no rule knows fires no medical rule at all. An emergency it raises goes to psychology when the self-harm
 * head says so (the issue's first precedence), else to the queue of the rules that fired.
 */
function secondReader(d: Triage, t: string, lex: CompiledLexicon, readings: Readings): Triage {
  const model = lex.model;
  if (!model || d.urgency === 'emergency') return d;
  if (d.rules.some((r) => model.source.quietAfter.includes(r.signal))) return d;
  const taken = d.kind === 'consult';
  const needed = taken ? model.source.threshold : model.source.takeThreshold;
  const { p, top, features } = scoreModel(model, t, needed, readings);
  // nothing to read is no evidence; a threshold of 1 turns the model off (a logit past 37 rounds to p = 1)
  if (features === 0 || needed >= 1 || !(p >= needed)) return d;
  // self-harm is the issue's first precedence: an emergency the rules did not see may be one they could not place
  const selfHarm = selfHarmProbability(model, t, readings);
  const psychology = selfHarm !== null && selfHarm >= model.selfHarmAt;
  const fired: FiredRule = {
    id: 'model',
    signal: 'model',
    kind: 'model',
    weight: 0,
    urgency: 'emergency',
    match: `p=${round(p)}: ${top.map(([g]) => g).join(' | ')}`,
    at: t.length,
    hypothetical: false,
    ...(psychology ? { specialty: 'psychology' as const } : {}),
  };
  const rules = [...d.rules, fired];
  if (taken) return { ...d, urgency: 'emergency', rules, ...(psychology ? { specialty: 'psychology' } : {}) };
  return {
    ...d,
    kind: 'consult',
    specialty: psychology ? 'psychology' : specialtyOf(rules),
    urgency: 'emergency',
    confidence: round(p),
    rules,
  };
}

/** Whether any past or what-if cue is in the text at all (most messages have none: nothing to date). */
function mayBePast(t: string, lex: CompiledLexicon): boolean {
  const { hypothetical: before, hypotheticalAfter: after } = lex;
  return (
    before.cjk.some((c) => t.includes(c)) ||
    after.cjk.some((c) => t.includes(c.startsWith('^') ? c.slice(1) : c)) ||
    (before.latin?.test(t) ?? false) ||
    (after.latin?.test(t) ?? false)
  );
}

const STORY_GOES_ON =
  /^\s*(?:后来|然后|之后|接着|结果|(?:and )?then\b|(?:e )?poi\b|(?:y )?luego\b|(?:y )?despues\b)/u;

/**
 * The number signals read only in a clause about the past ("上个月住院的时候血氧掉到90", "去年阳的时候血氧89"): read
 * again with the numbers of the clauses `isHypothetical` dates blanked (a past or what-if cue before the clause's first
 * reading, not overridden by a present cue or a relapse after it), what is no longer there was a reading then, not
 * now. A rule that needs one is hypothetical (no urgency), so a reading need not wait for a guard ("现在好了") to be set
 * aside; a reading told now is never voided by what the patient says ("dice che sta benissimo"). Not given to the
 * second reader (its features stay the what-if ones).
 */
function numbersOnlyInPast(
  t: string,
  signals: Map<string, string>,
  lex: CompiledLexicon,
  relapseAt: number,
): ReadonlySet<string> {
  if (signals.size === 0 || !mayBePast(t, lex)) return new Set();
  let blanked = false;
  let factual = '';
  let from = 0;
  let before = false;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && !isClauseEnd(t, i)) continue;
    const clause = t.slice(from, i);
    // a clause is dated where its first reading is: a past cue after it ("血氧88 以前从来没这么低", "90 89 88 一直掉
    // 上次住院也是这样") compares, it does not date; a relapse after it ("…，今天又来了") brings it back to now. The
    // count of these days ("上礼拜发烧 这2天不烧了 …今天…测了 89 90") is a present cue, not a reading
    const digit = clause.search(/(?<!这)\d/u);
    const at = digit < 0 ? i : from + digit;
    const back = isBackNow(t, at, relapseAt, lex);
    // "去年冬天我爸也是流感，后来血氧掉到89": a clause that goes on with the story ("后来", "then") keeps its time
    const past: boolean =
      clause.length > 0 &&
      !back &&
      (isHypothetical(t, at, i, lex) ||
        (before && STORY_GOES_ON.test(clause) && (lex.present === null || clause.search(lex.present) < 0)));
    before = past;
    if (past) blanked = true;
    // only the numbers go: the measure named in the past clause still names today's number ("上周血氧90住院…但是今天又
    // 掉到89了")
    factual += (past ? clause.replace(/\d/gu, ' ') : clause) + (t[i] ?? '');
    from = i + 1;
  }
  if (!blanked) return new Set();
  const real = numberSignals(readNumbers(factual), lex);
  return new Set([...signals.keys()].filter((s) => !real.has(s)));
}

/**
 * The number signals read only in a what-if clause ("如果老人家血氧掉到92了要怎么处理"): read again with those clauses
 * blanked, what is no longer there was a what-if, not a reading.
 */
function numbersOnlyInWhatIf(
  t: string,
  signals: Map<string, string>,
  lex: CompiledLexicon,
): { whatIf: Set<string>; factual: Readings | null } {
  const { cjk, latin } = lex.whatIf;
  if (signals.size === 0 || (cjk.length === 0 && !latin)) return { whatIf: new Set(), factual: null };
  let blanked = false;
  let clause = '';
  let factual = '';
  const flush = (): void => {
    const whatIf = isWhatIf(clause, lex);
    if (whatIf) blanked = true;
    factual += whatIf ? ' '.repeat(clause.length) : clause;
    clause = '';
  };
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] ?? '';
    if (isClauseEnd(t, i)) {
      flush();
      factual += ch;
    } else clause += ch;
  }
  flush();
  if (!blanked) return { whatIf: new Set(), factual: null };
  const readings = readNumbers(factual, t);
  const real = numberSignals(readings, lex);
  return { whatIf: new Set([...signals.keys()].filter((s) => !real.has(s))), factual: readings };
}

function num(
  id: string,
  signal: string,
  weight: number,
  match: string,
  at: number,
  specialty: DoctorQueue,
): FiredRule {
  return { id, signal, kind: 'number', weight, specialty, match, at, hypothetical: false };
}

function fireByTerms(
  t: string,
  rule: CompiledRule,
  found: readonly TermHit[],
  lex: CompiledLexicon,
  ignored: IgnoredMatch[],
  relapseAt = -1,
): FiredRule | null {
  const checkNegation = rule.kind === 'symptom' || rule.kind === 'who' || rule.kind === 'modifier';
  let best: FiredRule | null = null;
  const distinct = new Set<string>();
  for (const { term, at, text } of found) {
    const shown = term.re ? text : term.raw;
    if (checkNegation && isNegated(t, at, lex)) {
      ignored.push({ id: rule.id, kind: rule.kind, match: shown, reason: 'negated' });
      continue;
    }
    const hypothetical =
      checkNegation &&
      !rule.evenIfHypothetical &&
      isHypothetical(t, at, at + text.length, lex) &&
      !isBackNow(t, at, relapseAt, lex);
    if (!hypothetical) distinct.add(text);
    const hit: FiredRule = { ...firedFrom(rule), match: shown, at, hypothetical };
    // a real occurrence beats a hypothetical one; otherwise the first in the text
    if (!best || (best.hypothetical && !hypothetical) || (best.hypothetical === hypothetical && at < best.at))
      best = hit;
  }
  if (best && distinct.size > 1) {
    const extra = lex.source.scoring.extraTermWeight * (distinct.size - 1) * Math.sign(rule.weight);
    best = { ...best, weight: Math.round((best.weight + extra) * 100) / 100 };
  }
  return best;
}

/** What a fired rule carries from the rule itself. */
function firedFrom(rule: CompiledRule): Omit<FiredRule, 'match' | 'at' | 'hypothetical'> {
  return {
    id: rule.id,
    signal: rule.signalName,
    kind: rule.kind,
    weight: rule.weight,
    ...(rule.specialty ? { specialty: rule.specialty } : {}),
    ...(rule.urgency ? { urgency: rule.urgency } : {}),
    ...(rule.alsoPolicy === false ? { alsoPolicy: false } : {}),
    ...(rule.decides ? { decides: true } : {}),
  };
}

/**
 * A rule without terms: fires from its requirements; hypothetical when one of them was (a rule whose every firing was
 * hypothetical, or a number read only in a what-if).
 */
function fromRequirements(
  rule: CompiledRule,
  fired: FiredRule[],
  numbers: Map<string, string>,
  whatIfNumbers: ReadonlySet<string>,
  pastNumbers: ReadonlySet<string>,
): FiredRule {
  const parts = rule.requires.map((s) => {
    const all = fired.filter((x) => x.signal === s);
    const f = all.find((x) => !x.hypothetical) ?? all[0];
    const hypothetical = f ? f.hypothetical : whatIfNumbers.has(s) || pastNumbers.has(s);
    return { s, f, hypothetical };
  });
  const hypothetical = parts.some((p) => p.hypothetical);
  const at = Math.min(...parts.map((p) => p.f?.at ?? Number.MAX_SAFE_INTEGER));
  return {
    ...firedFrom(rule),
    match: parts.map((p) => p.f?.match ?? numbers.get(p.s) ?? p.s).join(' + '),
    at: Number.isFinite(at) ? at : 0,
    // who the patient is does not change with the tense ("我前年放了两个支架…我一个人带着孙女"): `evenIfHypothetical`
    hypothetical: hypothetical && !rule.evenIfHypothetical,
  };
}

/** A scoped guard that fired carries where its terms stand (`GuardSpan`); any other rule is returned as it is. */
function withSpans(hit: FiredRule, rule: CompiledRule, found: readonly TermHit[] | undefined): FiredRule {
  if (!rule.scope || !found || found.length === 0) return hit;
  const scope = rule.scope;
  return { ...hit, spans: found.map((h) => ({ scope, at: h.at, end: h.at + h.text.length })) };
}

/**
 * Whether the guard signal `s` reaches a red flag told at `at`: a guard without a scope (or raised by a number or by
 * requirements) reaches the whole message; a scoped one only as its `scope` says, from any of its terms.
 */
function reaches(
  fired: readonly FiredRule[],
  s: string,
  t: string,
  at: number,
  subjects: readonly number[],
): boolean {
  const raised = fired.filter((f) => f.signal === s);
  if (raised.length === 0) return true;
  return raised.some((f) => !f.spans || f.spans.some((span) => inScope(span, t, at, subjects)));
}

/**
 * Whether a red flag at `at` is within a guard term's reach (see `RuleSchema.scope`); `subjects`: where the writer or
 * a relative is named (the `self` and `patient` rules' terms), which ends what a `before` or `story` guard says of
 * whoever it spoke of ("已经出院了，那天胸口痛得厉害" is still the discharged patient; "…已经出院了。现在是老大，吃了…" is
 * not).
 */
function inScope(span: GuardSpan, t: string, at: number, subjects: readonly number[]): boolean {
  if (at >= span.at && at < span.end) return true;
  const [from, to] = at < span.at ? [at, span.at] : [span.end, at];
  // nobody else named between, and no new onset ("刚才", "stanotte", "suddenly") up to the end of the red flag's clause
  const sameSubject = (): boolean => {
    const between = t.slice(span.end, endOf(t, at));
    return !subjects.some((p) => p >= span.end && p <= at) && !ONSET.test(between) && !turnsAway(between);
  };
  switch (span.scope) {
    case 'clause':
      // a show or the group's news told on its own line reaches the lines of its story ("看了个纪录片\n一个老人突然说
      // 不出话"): a line break ends a clause for the terms, not for a clause-scoped guard's reach
      return !endsBetween(t, from, to, (s, i) => s[i] !== '\n' && isClauseEnd(s, i));
    case 'sentence':
      // a turn of the story to someone named after it ("Sto morendo dal caldo, ma mio padre non sa più dove si trova")
      return sameSentence(t, from, to) && !(at >= span.end && turnsToSomeone(t, span.end, at, subjects));
    case 'before':
      return at < span.at || sameClause(t, from, to) || sameSubject();
    case 'earlier':
      return at < span.at || sameClause(t, from, to);
    case 'story':
      return sameSentence(t, from, to) || (at > span.at && sameSubject());
  }
}

/**
 * Where the writer or a relative is named: every term of the rules raising `self` ("我", "mi madre", "my") or
 * `patient` ("外公", "奶奶", "宝宝", "nonna").
 */
function subjectsNamed(hits: Map<number, TermHit[]>, lex: CompiledLexicon): number[] {
  let rules = SUBJECT_RULES.get(lex);
  if (!rules) {
    rules = lex.rules.flatMap((r, i) => (SUBJECT_SIGNALS.has(r.signalName) ? [i] : []));
    SUBJECT_RULES.set(lex, rules);
  }
  return rules.flatMap((i) => (hits.get(i) ?? []).map((h) => h.at));
}

const SUBJECT_SIGNALS: ReadonlySet<string> = new Set(['self', 'patient']);
/** The indexes of the rules raising `SUBJECT_SIGNALS`, per compiled lexicon (found on its first message). */
const SUBJECT_RULES = new WeakMap<CompiledLexicon, number[]>();

/**
 * A new onset, or the turn of someone else, told after an outcome or a story ("刚才", "stanotte", "suddenly", "现在是
 * 老大"): what follows it is not what the outcome spoke of.
 */
const ONSET =
  /刚才|刚刚|今晚|今早|今朝|今天早上|突然|现在是|现在轮到|而家系|而家到|ora tocca|ahora le toca|now it.s|stanotte|stasera|stamattina|all.improvviso|improvvisamente|tonight|this morning|suddenly|esta noche|esta manana|de repente/u;

/** "but" opening a clause ("喘不过气" holds 不过, no turn). */
const CONTRAST =
  /(?:^|(?<=[，,。.!?！？;；:：\s]))(?:但是|可是|不过|但(?!愿))|(?<![a-z])(?:pero|but|however|tuttavia|ma)(?![a-z])|sin embargo/u;
const STILL =
  /还是|仍然|依然|还有点|还有些|仲係|仲系|仲有|(?<![a-z])(?:still|todavia|aun|ancora|sempre|sigue)(?![a-z])/u;

/**
 * A turn of the story after an outcome ("se recuperó enseguida, pero tiene un dolor en el pecho", "ripresa subito, però
 * ha la bocca storta"): what follows is something else, unless it is what is still left ("我爸中风已经出院了，但是右手
 * 还是没力", "out of hospital but his hand is still weak": the same episode's sequelae).
 */
function turnsAway(between: string): boolean {
  return CONTRAST.test(between) && !STILL.test(between);
}

/**
 * Whether a "but" ("ma", "pero", "但是") opens the text between `from` and `at` and a relative or the writer is named
 * after it: a figure of speech's sentence then turns to someone else's red flag.
 */
function turnsToSomeone(t: string, from: number, at: number, subjects: readonly number[]): boolean {
  const m = CONTRAST.exec(t.slice(from, at));
  if (!m) return false;
  const turn = from + m.index;
  return subjects.some((p) => p > turn && p <= at);
}

/** Where the clause holding `at` ends. */
function endOf(t: string, at: number): number {
  let i = at;
  while (i < t.length && !isClauseEnd(t, i)) i++;
  return i;
}

/**
 * A sentence ends at a full stop, a question or exclamation mark or a semicolon ("." before a space); not at a line
 * break, which ends only a clause (a past time opening one line still dates the lines after it).
 */
const SENTENCE_END = new Set([...'。!?！？；;']);

function isSentenceEnd(t: string, i: number): boolean {
  return SENTENCE_END.has(t[i] ?? '') || isFullStop(t, i);
}

/** Whether nothing ends a sentence between two positions. */
function sameSentence(t: string, from: number, to: number): boolean {
  return !endsBetween(t, from, to, isSentenceEnd);
}

/** Whether nothing ends a clause between two positions. */
function sameClause(t: string, from: number, to: number): boolean {
  return !endsBetween(t, from, to, isClauseEnd);
}

function endsBetween(t: string, from: number, to: number, ends: (t: string, i: number) => boolean): boolean {
  const end = Math.min(to, t.length);
  for (let i = from; i < end; i++) if (ends(t, i)) return true;
  return false;
}

/**
 * Signals whose end turns a message to what follows: "另外顺便问一下", "by the way" (`topic-switch`); a greeting to the
 * group ("大家好", "hola a todos": `greeting`), which opens a message and says nothing about what it is; a new line that
 * opens with the writer's own family after a ramble (`kin-turn`: "…拜个早年。\n我爸在鹿特丹…").
 */
const TURN_SIGNALS: ReadonlySet<string> = new Set(['topic-switch', 'greeting', 'kin-turn']);

/**
 * Where a message turns to a red flag told after chatter (greetings, an advert, a notice, a condolence):
 * - the end of a turn (`TURN_SIGNALS`: "另外顺便问一下", "by the way", "大家好"), when a red flag comes anywhere after it;
 * - a present cue (`cues.present`: "现在", "now", "adesso") with a red flag after it in its clause ("📢 免费量血压…回家以后
 *   我爸现在说不出话").
 * Empty when no red flag fired (the common case: the text is not scanned).
 */
function turnsBeforeFlags(fired: readonly FiredRule[], t: string, lex: CompiledLexicon): number[] {
  const flags = fired.filter((f) => f.urgency === 'emergency' && !f.hypothetical && f.weight > 0);
  if (flags.length === 0) return [];
  const turns: number[] = [];
  for (const turn of fired) {
    if (!TURN_SIGNALS.has(turn.signal) || turn.hypothetical) continue;
    const end = turn.at + turn.match.length;
    if (flags.some((e) => e.at >= end)) turns.push(end);
  }
  if (lex.present)
    for (const m of t.matchAll(lex.present))
      if (flags.some((e) => e.at >= m.index && sameClause(t, m.index, e.at))) turns.push(m.index);
  return turns;
}

function decide(
  fired: FiredRule[],
  ignored: IgnoredMatch[],
  readings: Readings,
  lex: CompiledLexicon,
  text: string,
  subjects: readonly number[],
): Triage {
  const { scoring, thresholds } = lex.source;
  let evidence = 0;
  let against = 0;
  let policy = 0;
  let medical = 0;
  let complaint = false;
  const turns = turnsBeforeFlags(fired, text, lex);
  // red flags told in words (one read from numbers alone has no place in the text: at its end)
  const told = fired.filter(
    (f) => f.urgency === 'emergency' && !f.hypothetical && f.weight > 0 && f.at < text.length,
  );
  for (const f of fired) {
    // chatter before a turn that a red flag follows does not weigh the red flag down
    if (f.kind === 'negative' && f.weight < 0 && turns.some((p) => f.at < p)) continue;
    // nor does a scoped guard (hearsay of a stranger) when a red flag is told beyond its reach
    const spans = f.spans;
    if (f.weight < 0 && spans && told.some((e) => !spans.some((span) => inScope(span, text, e.at, subjects))))
      continue;
    const w = f.hypothetical ? f.weight * scoring.hypotheticalFactor : f.weight;
    if (f.kind === 'policy') policy += w;
    else if (w > 0) evidence += w;
    else against += w;
    if ((f.kind === 'intent' || f.kind === 'negative') && f.alsoPolicy !== false) policy += w;
    if (MEDICAL_KINDS.has(f.kind) && w > 0) medical += w;
    if (isComplaint(f)) complaint = true;
  }
  if (fired.some((f) => f.signal === 'recovered')) complaint = false;
  // health administration around a disease or medicine ("透析病人可以申请残疾补助吗", "carry insulin in hand luggage"):
  // the disease named is context, not a complaint, unless a rule raised urgency (a medicine running out, a red flag)
  if (
    fired.some((f) => f.signal === 'administration') &&
    !fired.some((f) => f.urgency !== undefined && !f.hypothetical && f.weight > 0)
  )
    complaint = false;
  // negated complaints: the message is still about health (once per rule, never a complaint)
  const negated = new Set(ignored.filter((i) => i.kind === 'symptom').map((i) => i.id));
  for (const id of negated) {
    if (fired.some((f) => f.id === id)) continue;
    evidence += scoring.negatedWeight;
    medical += scoring.negatedWeight;
  }
  const score = Math.min(evidence, scoring.maxEvidence) + against;
  const pConsult = medical >= scoring.minMedical ? sigmoid(scoring.scale * (score + scoring.bias)) : 0;
  const pPolicy = fired.some((f) => f.kind === 'policy')
    ? sigmoid(scoring.scale * (policy + scoring.policyBias))
    : 0;
  const base = { pConsult: round(pConsult), pPolicy: round(pPolicy), rules: fired, ignored, readings };

  const consult = pConsult >= thresholds.consult;
  const asPolicy = pPolicy >= thresholds.consult;
  // a current complaint makes it a consultation even when it also asks about rules; otherwise policy comes first
  if (consult && (complaint || !asPolicy)) {
    return {
      kind: 'consult',
      specialty: specialtyOf(fired),
      urgency: urgencyOf(fired),
      confidence: round(pConsult),
      ...base,
    };
  }
  if (asPolicy)
    return { kind: 'policy', specialty: 'policy', urgency: null, confidence: round(pPolicy), ...base };
  return {
    kind: 'none',
    specialty: null,
    urgency: null,
    confidence: round(1 - Math.max(pConsult, pPolicy)),
    ...base,
  };
}

/** Who first (self-harm, pregnancy, child, TCM request), then the complaint with the most weight. */
export function specialtyOf(fired: readonly FiredRule[]): DoctorQueue {
  // a child named beside an adult's complaint, with none of its own, is a bystander: the adult is the patient (not
  // when the adult's complaint is told of the past, nor when an infant's fever was read: "老公发烧39度，宝宝2个月也38度2")
  const bystander =
    fired.some((f) => f.signal === CHILD_BYSTANDER && !f.hypothetical) &&
    !fired.some((f) => f.signal === INFANT_FEVER && !f.hypothetical);
  for (const s of WHO_ORDER) {
    if (s === 'pediatrics' && bystander) continue;
    if (fired.some((f) => f.kind === 'who' && f.specialty === s)) return s;
  }
  const decisive = fired.find((f) => f.decides && f.specialty && !f.hypothetical);
  if (decisive?.specialty) return decisive.specialty;
  const votes = new Map<DoctorQueue, { weight: number; at: number }>();
  const vote = (s: DoctorQueue, f: FiredRule): void => {
    const v = votes.get(s) ?? { weight: 0, at: Number.MAX_SAFE_INTEGER };
    votes.set(s, { weight: v.weight + f.weight, at: Math.min(v.at, f.at) });
  };
  const fevers: FiredRule[] = [];
  for (const f of fired) {
    if (f.kind !== 'symptom' && f.kind !== 'number') continue;
    if (!f.specialty || f.weight <= 0) continue;
    if (f.signal === 'fever') fevers.push(f);
    else vote(f.specialty, f);
  }
  // a fever sides with a respiratory complaint (cough and fever: a chest infection, not the diabetes mentioned);
  // otherwise it votes for its own queue (the lexicon's fever symptom's)
  for (const f of fevers) vote(votes.has('respiratory') ? 'respiratory' : (f.specialty ?? 'general'), f);
  // `general` is "everything else": it wins only when no other queue has a vote
  if (votes.size > 1) votes.delete('general');
  let best: { s: DoctorQueue; weight: number; at: number } | null = null;
  for (const [s, v] of votes)
    if (!best || v.weight > best.weight || (v.weight === best.weight && v.at < best.at)) best = { s, ...v };
  return best?.s ?? 'general';
}

export function urgencyOf(fired: readonly FiredRule[]): Urgency {
  const real = fired.filter((f) => !f.hypothetical);
  if (real.some((f) => f.urgency === 'emergency')) return 'emergency';
  if (real.some((f) => f.urgency === 'urgent')) return 'urgent';
  return 'routine';
}

export function isSpecialty(value: string): value is Specialty {
  return (SPECIALTIES as readonly string[]).includes(value);
}
