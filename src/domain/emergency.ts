import { z } from 'zod';

/**
 * Emergency numbers per country (config/emergency-numbers.json), each country with its sources, and the message the
 * bot posts at once when a question carries a red flag: the local numbers first, advice to call now, and a sentence
 * to say when the call is answered. Pure.
 */
const Line = z
  .object({ number: z.string().min(2), label: z.string().min(1), hours: z.string().optional() })
  .strict();
export type PhoneLine = z.infer<typeof Line>;

const Country = z
  .object({
    name: z.string().min(1),
    emergency: z.array(Line).min(1),
    advice: z.array(Line),
    crisis: z.array(Line),
    phrase: z.object({ text: z.string().min(1), zh: z.string().min(1) }).strict(),
    sources: z.array(z.url()).min(1),
  })
  .strict();
export type CountryNumbers = z.infer<typeof Country>;

export const EmergencyNumbersSchema = z
  .object({
    countries: z.record(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. IT'), Country),
    fallback: z
      .object({ emergency: z.array(Line).min(1), crisis: z.array(Line), sources: z.array(z.url()) })
      .strict(),
  })
  .strict();
export type EmergencyNumbers = z.infer<typeof EmergencyNumbersSchema>;

function lines(xs: readonly PhoneLine[]): string {
  return xs.map((l) => `${l.number}（${l.label}${l.hours ? `，${l.hours}` : ''}）`).join('、');
}

/** The number to call first in `country` (null when the country is unknown and no fallback applies). */
export function firstEmergencyNumber(numbers: EmergencyNumbers, country: string | null): string | null {
  const c = country ? numbers.countries[country.toUpperCase()] : undefined;
  return c?.emergency[0]?.number ?? null;
}

/**
 * The emergency reply for a person in `country` (null when unknown). `selfHarm` adds the crisis line.
 * Says nothing about the health details (the group sees it).
 */
export function emergencyText(numbers: EmergencyNumbers, country: string | null, selfHarm: boolean): string {
  const c = country ? numbers.countries[country.toUpperCase()] : undefined;
  const call = c ? c.emergency : numbers.fallback.emergency;
  const first = call[0]?.number ?? '112';
  const parts = [
    `⚠️ 您描述的情况可能有危险，请不要等医生回复，现在就拨打急救电话 ${first}。`,
    `${c ? `${c.name}` : '当地'}急救电话：${lines(call)}。`,
  ];
  if (!c) parts.push('如不在欧洲，请拨打所在国家的急救电话。');
  const crisis = c ? c.crisis : numbers.fallback.crisis;
  if (selfHarm && crisis.length > 0) parts.push(`心理危机热线：${lines(crisis)}。`);
  if (c && c.phrase.text !== c.phrase.zh) parts.push(`接通后可以说：“${c.phrase.text}”（${c.phrase.zh}）`);
  parts.push('志愿医生也已收到紧急提醒，会尽快联系您。');
  return parts.join('\n');
}

/** The crisis lines of `country` (or the fallback's), for a private message; null when there are none. */
export function crisisText(numbers: EmergencyNumbers, country: string | null): string | null {
  const c = country ? numbers.countries[country.toUpperCase()] : undefined;
  const crisis = c ? c.crisis : numbers.fallback.crisis;
  if (crisis.length === 0) return null;
  return `您不是一个人。心理危机热线：${lines(crisis)}。也可以随时私信我，志愿医生会尽快联系您。`;
}
