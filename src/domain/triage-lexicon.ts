import { z } from 'zod';
import { prepareText } from './triage-text';
import type { TriageModel } from './triage-model';
import { DOCTOR_QUEUES, type DoctorQueue } from './types';

/**
 * The triage lexicon (config/triage.json): data an admin can extend without touching code. Each rule is a list of
 * terms with a weight; what the rule means is its `kind`:
 *
 * - `symptom`: a complaint; evidence of a consultation and a vote for its `specialty` (the main complaint wins).
 * - `who`: who the patient is or what care is asked for (self-harm, pregnancy, a child, an explicit TCM request);
 *   decides the specialty before any complaint, in the order psychology, maternal, pediatrics, tcm.
 * - `modifier`: medical context without a specialty (an elderly patient, worsening, a medicine running out).
 * - `topic`: health words that are not a complaint (vaccines, medicines, hospitals): evidence of a consultation,
 *   but a policy question that mentions them stays a policy question.
 * - `intent`: asking for help ("怎么办", "cosa devo fare"); `self`: the writer or their family ("我妈", "mi madre").
 * - `negative`: what tips, news, adverts, jokes and thanks look like (negative weights).
 * - `policy`: quarantine, flights, travel tests, masks, documents — for cadres.
 *
 * A rule counts once, plus `scoring.extraTermWeight` for each further distinct term of it in the message.
 * A fired `recovered` signal (thanks after recovery) means the complaints mentioned are over: a policy question
 * in the same message stays a policy question.
 * `urgency` raises the ticket's urgency when the rule fires. `requires` / `unless` name other rules' signals (a
 * rule's signal is its `signal`, or its id) or the number signals: fever, temp-high, spo2, spo2-low, age-child,
 * age-infant, age-elderly, age-adult, days-long. A rule with no terms fires when its requirements hold.
 * Latin terms match at a word start and must end at a word end unless they end in `*` (a stem: "respir*"). A term
 * written `re:<pattern>` is a regular expression over the prepared text (lower case, Simplified, digits), for
 * phrasings with words in between: `re:(胸口|心口)[^，。]{0,6}(痛|疼|压)`.
 * `decides: true` makes a firing rule name the queue, after who-first and before the complaint vote (a red flag whose
 * queue is not the fever's, like fever with a stiff neck).
 * A term preceded by a negation cue ("没有", "no", "senza") does not fire; in a hypothetical ("如果", "what if")
 * it counts as evidence but raises no urgency.
 */

export const NUMBER_SIGNALS = [
  'fever',
  /** A temperature read at the fever threshold or above (`fever` is also the signal of the word 发烧). */
  'fever-reading',
  /**
   * A temperature read at an infant's fever threshold (numbers.infantFeverC) or above, whatever the ages read: an
   * infant named only by a word ("新生儿", "neonato") has no age in numbers to raise `fever-reading`'s threshold.
   */
  'infant-fever-reading',
  'temp-high',
  'spo2',
  'spo2-low',
  'age-child',
  'age-infant',
  'age-elderly',
  'age-adult',
  'days-long',
] as const;

export const RULE_KINDS = [
  'symptom',
  'who',
  'modifier',
  'topic',
  'intent',
  'self',
  'negative',
  'policy',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

const probability = z.number().min(0).max(1);

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    kind: z.enum(RULE_KINDS),
    specialty: z.enum(DOCTOR_QUEUES).optional(),
    urgency: z.enum(['emergency', 'urgent']).optional(),
    weight: z.number().min(-10).max(10),
    signal: z.string().optional(),
    /** Its terms count in full even after a hypothetical cue ("要是明天醒不过来就好了" is a wish, not a what-if). */
    evenIfHypothetical: z.boolean().optional(),
    /** This rule's specialty is the queue whenever it fires (after who-first rules). */
    decides: z.boolean().optional(),
    /** For intent and negative rules: whether the weight also counts for or against a policy question (default yes). */
    alsoPolicy: z.boolean().optional(),
    /**
     * For guards (`negative` rules): how far their words reach. Without it a guard's word anywhere stops the red flags
     * that name it in `unless` (and its negative weight counts against them) in the whole message.
     * - `clause`: only a red flag told in the same clause as one of its terms (a show: "电视里的演员在唱歌，他突然说胸口
     *   压得很痛" is the husband's chest pain);
     * - `sentence`: only in the same sentence (a figure of speech);
     * - `before`: a red flag told before it, in its own clause, or after it until the writer or a relative is named
     *   (the `self` rule): an outcome speaks of what came before it and of whoever it named ("我爸中风已经出院了，但是右手
     *   还是没力"), not of the next person ("鼻血已经止住了，但是外公说话含糊");
     * - `earlier`: a red flag told before it or in its own clause, nothing after it (a faint over at once speaks of the
     *   faint: "svenuta un attimo ieri, ripresa subito, ora bene", not of "came to right away, he's confused");
     * - `story`: its own sentence, and after it until the writer or a relative is named (hearsay goes on about the
     *   stranger, "听说楼下陈太昨晚进医院了。嘴唇发紫", until "我也头好晕，右边手脚突然没力").
     */
    scope: z.enum(['clause', 'sentence', 'before', 'earlier', 'story']).optional(),
    terms: z.array(z.string().min(1)).default([]),
    requires: z.array(z.string()).default([]),
    unless: z.array(z.string()).default([]),
    note: z.string().optional(),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;
export type GuardScope = NonNullable<Rule['scope']>;

export const TriageLexiconSchema = z
  .object({
    thresholds: z
      .object({
        /** `classify`'s decision: a consultation when its confidence reaches this. */
        consult: probability,
        /** An unmentioned group message is taken only at or above this confidence. */
        groupIntake: probability,
        /** … or, when it carries an emergency red flag, at or above this one. */
        groupEmergency: probability,
      })
      .strict(),
    scoring: z
      .object({
        bias: z.number(),
        scale: z.number().positive(),
        policyBias: z.number(),
        /** Positive evidence counts up to this much, so a tip that lists ten symptoms is not ten times a question. */
        maxEvidence: z.number().positive(),
        /** Added for each further distinct term of a fired rule ("咳嗽、发烧、喉咙痛" is more than one word). */
        extraTermWeight: z.number().min(0),
        /** Evidence seen only in hypotheticals ("如果出现…") counts this much. */
        hypotheticalFactor: z.number().min(0).max(1),
        /** A consultation needs at least this much medical evidence (a child mentioned alone is not one). */
        minMedical: z.number().min(0),
        /** A negated complaint ("没有发烧，就是…") still says the message is about health: this much, once per rule. */
        negatedWeight: z.number().min(0),
      })
      .strict(),
    numbers: z
      .object({
        feverC: z.number(),
        highFeverC: z.number(),
        spo2Emergency: z.number(),
        childUnderYears: z.number(),
        infantUnderMonths: z.number(),
        /** In an infant under `infantUnderMonths` a fever is a reading of this or more (38 when absent; 37.6 is not). */
        infantFeverC: z.number().default(38),
        elderlyFromYears: z.number(),
        longDays: z.number(),
        feverWeight: z.number(),
        spo2Weight: z.number(),
      })
      .strict(),
    cues: z
      .object({
        negation: z.array(z.string().min(1)),
        /** Words that contain a negation character but negate nothing after them ("不舒服"). */
        notNegation: z.array(z.string().min(1)),
        hypothetical: z.array(z.string().min(1)),
        /** Cues after the term in its clause ("的话", "years ago"); `^过` must follow it at once ("中风过"). */
        hypotheticalAfter: z.array(z.string().min(1)),
        /**
         * Cues that make a number read in their clause a what-if ("如果血氧掉到92了要怎么办", "what if his oxygen
         * drops to 90"): the reading counts as hypothetical evidence and raises no urgency. Past cues do not belong
         * here: "上周开始烧到39度" is still a reading.
         */
        whatIf: z.array(z.string().min(1)).optional(),
        /**
         * Words that put what follows in the present ("现在", "今天", "now", "adesso", "ahora"): a past cue before
         * them in the clause no longer dates the term ("3个月前做了支架现在又胸口剧痛": the chest pain is now). A
         * what-if cue still does ("如果现在血氧掉到90").
         */
        present: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    rules: z.array(RuleSchema).min(1),
  })
  .strict()
  .superRefine((lex, ctx) => {
    const signals = new Set<string>(NUMBER_SIGNALS);
    const ids = new Set<string>();
    lex.rules.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate id ${r.id}` });
      ids.add(r.id);
      signals.add(r.signal ?? r.id);
      if ((r.kind === 'symptom' || r.kind === 'who') && !r.specialty)
        ctx.addIssue({ code: 'custom', path: ['rules', i], message: `a ${r.kind} rule needs a specialty` });
      if (r.terms.length === 0 && r.requires.length === 0)
        ctx.addIssue({ code: 'custom', path: ['rules', i], message: 'a rule needs terms or requires' });
      r.terms.forEach((t, j) => {
        if (!t.startsWith('re:')) return;
        try {
          new RegExp(t.slice(3), 'u');
        } catch (err) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i, 'terms', j],
            message: `not a regular expression: ${err instanceof Error ? err.message : String(err)}`,
          });
        }
      });
    });
    lex.rules.forEach((r, i) => {
      for (const s of [...r.requires, ...r.unless])
        if (!signals.has(s))
          ctx.addIssue({ code: 'custom', path: ['rules', i], message: `unknown signal "${s}" in ${r.id}` });
    });
  });
export type TriageLexicon = z.infer<typeof TriageLexiconSchema>;

export interface CompiledTerm {
  /** As written in the lexicon. */
  raw: string;
  /** As compared (prepared like messages). */
  text: string;
  /** A Latin term: matched at word boundaries. */
  latin: boolean;
  /** A Latin stem ("respir*"): no boundary required at its end. */
  stem: boolean;
  /** A `re:` term. */
  re?: RegExp;
  /**
   * For a `re:` term: literals one of which every match must start with (its leading group or literal, after any
   * leading lookaround), so the pattern is tried only where one of them starts; absent when none can be read off.
   */
  anchors?: string[];
  /** The same pattern, sticky: tried only where one of its anchors starts (every match starts with one). */
  sticky?: RegExp;
}

const META = /[\\^$.*+?()[\]{}|]/u;
const QUANTIFIER = /^[?*{]/u;

/**
 * Literals one of which every match of `pattern` must start with, read off its start (after any leading `^`, `\\b` or
 * lookaround): each top-level alternative's anchors; a leading group's alternatives' anchors (`(胸口|心口)…`,
 * `(?:lips?|face)…` → lip, face), and when the group is optional those of what follows it too (`(我的)?东西` → 我的,
 * 东西); a leading literal (`doesn'?t…` → doesn); the characters of a leading class or `\\d` (`3[5-7]…` → 3, `[12]个月`
 * → 1, 2) when each is a digit or a Chinese character. Null when any of these cannot be read off (a negated class, a
 * lone Latin letter, regex syntax), so the pattern always runs.
 */
export function patternAnchors(pattern: string): string[] | null {
  const alternatives = splitTopLevel(pattern);
  if (alternatives.length > 1) return unionOf(alternatives.map(patternAnchors));
  let p = pattern;
  for (;;) {
    const boundary = /^(?:\\[bB]|\^)/u.exec(p);
    if (boundary) {
      p = p.slice(boundary[0].length);
      continue;
    }
    if (!/^\(\?<?[=!]/u.test(p)) break;
    const close = closingParen(p);
    if (close < 0 || QUANTIFIER.test(p.slice(close + 1))) return null;
    p = p.slice(close + 1);
  }
  if (!p.startsWith('(')) return leadingLiterals(p);
  if (p.startsWith('(?') && !p.startsWith('(?:')) return null;
  const close = closingParen(p);
  if (close < 0) return null;
  const inner = patternAnchors(p.slice(p.startsWith('(?:') ? 3 : 1, close));
  const after = p.slice(close + 1);
  const optional = OPTIONAL.exec(after);
  if (optional) return unionOf([inner, patternAnchors(after.slice(optional[0].length))]);
  return QUANTIFIER.test(after) ? null : inner;
}

/** A quantifier that lets what it follows match nothing: `?`, `*`, `{0}`, `{0,n}` (lazy or not). */
const OPTIONAL = /^(?:[?*]|\{0(?:,\d*)?\})\??/u;

/** Every list's anchors together, or null when any list is null (that part can start anywhere). */
function unionOf(lists: Array<string[] | null>): string[] | null {
  return lists.every((l): l is string[] => l !== null) ? [...new Set(lists.flat())] : null;
}

/** One character that is an anchor alone: a digit or a Chinese character is selective enough; a Latin letter is not. */
const SELECTIVE_CHAR = /^[\d\P{ASCII}]$/u;

/**
 * The literals an expression must start with, or null: up to its first regex syntax, less a quantified last char;
 * or, where it starts with a class (`[12]`, `[5-7]`, `\\d`) that cannot match nothing, each of the class's characters.
 */
function leadingLiterals(expression: string): string[] | null {
  const chars = leadingClass(expression);
  if (chars) {
    if (QUANTIFIER.test(expression.slice(chars.length)) && !/^\{[1-9]/u.test(expression.slice(chars.length)))
      return null;
    const members = classMembers(chars);
    return members && members.every((c) => SELECTIVE_CHAR.test(c)) ? members : null;
  }
  let run = '';
  for (const ch of expression) {
    if (META.test(ch)) break;
    run += ch;
  }
  if (QUANTIFIER.test(expression.slice(run.length))) run = Array.from(run).slice(0, -1).join('');
  return run.length >= 2 || SELECTIVE_CHAR.test(run) ? [run] : null;
}

/** The leading `\\d` or non-negated `[…]` of an expression (as written), or null. */
function leadingClass(expression: string): string | null {
  if (expression.startsWith('\\d')) return '\\d';
  const m = /^\[(?!\^)(?:[^\]\\]|\\.)*\]/u.exec(expression);
  return m ? m[0] : null;
}

/** The characters a leading class admits (`\\d`, `[12]`, `[5-7]`, `[周天]`), or null when it holds an escape. */
function classMembers(cls: string): string[] | null {
  if (cls === '\\d') return [...'0123456789'];
  const body = Array.from(cls.slice(1, -1));
  if (body.includes('\\')) return null;
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const from = body[i] ?? '';
    const to = body[i + 2];
    if (body[i + 1] === '-' && to !== undefined) {
      for (let c = from.codePointAt(0) ?? 0; c <= (to.codePointAt(0) ?? 0); c++)
        out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(from);
  }
  return out.length > 0 && out.length <= 16 ? out : null;
}

/** Walks `pattern` outside classes and escapes, calling `visit(char, index, depth)`; stops when it returns true. */
function walk(pattern: string, visit: (ch: string, i: number, depth: number) => boolean): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (ch === ')') depth--;
      if (visit(ch, i, depth)) return;
      if (ch === '(') depth++;
    }
  }
}

/** The index of the `)` closing the group `pattern` starts with, or -1. */
function closingParen(pattern: string): number {
  let close = -1;
  walk(pattern, (ch, i, depth) => {
    if (ch === ')' && depth === 0) close = i;
    return close >= 0;
  });
  return close;
}

/** `pattern` split at its `|`s outside any group or class. */
function splitTopLevel(pattern: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walk(pattern, (ch, i, depth) => {
    if (ch === '|' && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  parts.push(pattern.slice(from));
  return parts;
}

export interface CompiledRule extends Rule {
  signalName: string;
  compiled: CompiledTerm[];
}

export interface CompiledLexicon {
  source: TriageLexicon;
  rules: CompiledRule[];
  /** Plain terms by their first character, for one pass over a message: [rule index, term]. */
  byFirstChar: Map<string, Array<[number, CompiledTerm]>>;
  /**
   * The same lists narrowed by the second character (first → second → the terms that can start there, in the same
   * order); a second character no term has leaves only the one-character terms (`oneChar`).
   */
  byFirstTwo: Map<string, Map<string, Array<[number, CompiledTerm]>>>;
  oneChar: Map<string, Array<[number, CompiledTerm]>>;
  /** The `re:` terms: [rule index, term]. */
  patterns: Array<[number, CompiledTerm]>;
  /**
   * Which patterns a message can match: `byFirst` maps an anchor's first character to the anchors starting with it
   * and the indexes (into `patterns`) they admit; `always` are the patterns with no anchor.
   */
  patternIndex: { byFirst: Map<string, Array<{ text: string; patterns: number[] }>>; always: number[] };
  negation: { cjk: string[]; latin: Set<string> };
  notNegation: string[];
  hypothetical: { cjk: string[]; latin: RegExp | null };
  hypotheticalAfter: { cjk: string[]; latin: RegExp | null };
  whatIf: { cjk: string[]; latin: RegExp | null };
  /** `cues.present`, as one pattern over the prepared text (global: the last one before a term counts). */
  present: RegExp | null;
  /**
   * The queue a temperature reading votes for: the lexicon's fever symptom's (a fever alone is `general`; with a
   * cough, a burning pee or diarrhoea the other complaint names the queue, as `general` yields to any other vote).
   */
  feverQueue: DoctorQueue;
  /** The second reader (config/triage-model.json), when loaded. */
  model?: TriageModel;
}

const LATIN_START = /^[a-z0-9]/;

const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chinese cues anywhere and Latin ones as whole words, in one global pattern. */
function cuesPattern(cues: readonly string[]): RegExp | null {
  if (cues.length === 0) return null;
  const cjk = cues.filter((c) => !LATIN_START.test(c)).map(escapeRegExp);
  const latin = cues.filter((c) => LATIN_START.test(c)).map(escapeRegExp);
  const parts = [...cjk, ...(latin.length > 0 ? [`(?<![a-z])(?:${latin.join('|')})(?![a-z])`] : [])];
  return new RegExp(parts.join('|'), 'gu');
}

/** Whole words or phrases, as one pattern ("if i" does not match "if it"). */
function wordsPattern(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map(escapeRegExp);
  return new RegExp(`(?<![a-z])(?:${escaped.join('|')})(?![a-z])`, 'u');
}

function compileTerm(raw: string): CompiledTerm {
  if (raw.startsWith('re:')) {
    const anchors = patternAnchors(raw.slice(3));
    return {
      raw,
      text: raw,
      latin: false,
      stem: false,
      re: new RegExp(raw.slice(3), 'gu'),
      ...(anchors ? { anchors, sticky: new RegExp(raw.slice(3), 'uy') } : {}),
    };
  }
  const stem = raw.endsWith('*');
  const text = prepareText(stem ? raw.slice(0, -1) : raw);
  return { raw, text, latin: LATIN_START.test(text), stem };
}

/** Prepares a validated lexicon for matching (terms normalised once, longest first within a rule). */
export function compileLexicon(lex: TriageLexicon): CompiledLexicon {
  const rules = lex.rules.map((r) => ({
    ...r,
    signalName: r.signal ?? r.id,
    compiled: r.terms.map(compileTerm).sort((a, b) => b.text.length - a.text.length),
  }));
  const prep = (xs: string[]): string[] => xs.map(prepareText).filter((x) => x.length > 0);
  const neg = prep(lex.cues.negation);
  const hyp = prep(lex.cues.hypothetical);
  const after = prep(lex.cues.hypotheticalAfter);
  const whatIf = prep(lex.cues.whatIf ?? []);
  const byFirstChar = new Map<string, Array<[number, CompiledTerm]>>();
  const patterns: Array<[number, CompiledTerm]> = [];
  rules.forEach((r, i) => {
    for (const term of r.compiled) {
      const first = term.text[0];
      if (term.re) patterns.push([i, term]);
      if (term.re || first === undefined) continue;
      const list = byFirstChar.get(first) ?? [];
      list.push([i, term]);
      byFirstChar.set(first, list);
    }
  });
  const byFirstTwo = new Map<string, Map<string, Array<[number, CompiledTerm]>>>();
  const oneChar = new Map<string, Array<[number, CompiledTerm]>>();
  for (const [first, list] of byFirstChar) {
    oneChar.set(
      first,
      list.filter(([, t]) => t.text.length === 1),
    );
    const seconds = new Set(list.map(([, t]) => t.text[1]).filter((c): c is string => c !== undefined));
    const bySecond = new Map<string, Array<[number, CompiledTerm]>>();
    for (const second of seconds)
      bySecond.set(
        second,
        list.filter(([, t]) => t.text.length === 1 || t.text[1] === second),
      );
    byFirstTwo.set(first, bySecond);
  }
  return {
    source: lex,
    rules,
    feverQueue:
      rules.find((r) => r.kind === 'symptom' && r.signalName === 'fever')?.specialty ?? 'respiratory',
    byFirstChar,
    byFirstTwo,
    oneChar,
    patterns,
    patternIndex: indexPatterns(patterns),
    negation: {
      cjk: neg.filter((c) => !LATIN_START.test(c)),
      latin: new Set(neg.filter((c) => LATIN_START.test(c))),
    },
    notNegation: prep(lex.cues.notNegation),
    hypothetical: {
      cjk: hyp.filter((c) => !LATIN_START.test(c)),
      latin: wordsPattern(hyp.filter((c) => LATIN_START.test(c))),
    },
    hypotheticalAfter: {
      cjk: after.filter((c) => !LATIN_START.test(c)),
      latin: wordsPattern(after.filter((c) => LATIN_START.test(c))),
    },
    whatIf: {
      cjk: whatIf.filter((c) => !LATIN_START.test(c)),
      latin: wordsPattern(whatIf.filter((c) => LATIN_START.test(c))),
    },
    present: cuesPattern(prep(lex.cues.present ?? [])),
  };
}

function indexPatterns(patterns: Array<[number, CompiledTerm]>): CompiledLexicon['patternIndex'] {
  const byText = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach(([, term], p) => {
    if (!term.anchors) always.push(p);
    for (const a of term.anchors ?? []) byText.set(a, [...(byText.get(a) ?? []), p]);
  });
  const byFirst = new Map<string, Array<{ text: string; patterns: number[] }>>();
  for (const [text, list] of byText) {
    const first = text[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), { text, patterns: list }]);
  }
  return { byFirst, always };
}
