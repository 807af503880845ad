import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RosterSchema } from '../domain/roster';
import { scopeSelector } from '../domain/selector';
import { PLATFORMS } from '../gateway/chat-gateway';
import { SPECIALTIES } from '../domain/types';
import type { Store } from '../store/store';

/** A person's ids on other platforms. */
const Identities = z
  .object({ dingtalk: z.string().min(1).optional(), 'wechat-oa': z.string().min(1).optional() })
  .strict();

const personId = z
  .string()
  .min(1)
  .refine((s) => !s.includes('@'), 'person ids must not contain "@"');
const groupId = z
  .string()
  .min(1)
  .refine((s) => s.includes('@'), 'group ids must contain "@" (like WeChat room ids)');

export const WorldSchema = z
  .object({
    start: z.iso.datetime({ offset: true }),
    bots: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
            name: z.string().min(1),
            /** wechat (default), dingtalk (a DingTalk robot) or wechat-oa (an Official Account). */
            platform: z.enum(PLATFORMS).default('wechat'),
          })
          .strict(),
      )
      .min(1),
    groups: z.array(
      z
        .object({
          id: groupId,
          name: z.string().min(1),
          country: z.string().optional(),
          district: z.string().optional(),
          region: z.string().optional(),
          city: z.string().optional(),
          association: z.string().optional(),
          level: z.string().optional(),
          timezone: z.string().default('Europe/Rome'),
          language: z.string().default('zh'),
          /** Take confident questions that do not mention the bot (absent: the config default). */
          autoIntake: z.boolean().optional(),
          /** The daily tip's local time (HH:MM, default 09:00); `tips: false` mutes tips in the group. */
          tipTime: z
            .string()
            .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time as HH:MM')
            .optional(),
          tips: z.boolean().optional(),
          /** The group's platform: must be its bot's (a DingTalk group is served by a DingTalk robot). */
          platform: z.enum(PLATFORMS).optional(),
          bot: z.string(),
          members: z.array(personId).default([]),
          managers: z.array(personId).default([]),
        })
        .strict(),
    ),
    people: z
      .array(
        z
          .object({
            id: personId,
            name: z.string().min(1),
            /** The person's language (zh, en, it, es …): usage replies to their commands use it. */
            language: z.string().optional(),
            identities: Identities.optional(),
          })
          .strict(),
      )
      .default([]),
    doctors: z
      .array(
        z
          .object({
            id: personId,
            name: z.string().min(1),
            hospital: z.string().default(''),
            specialties: z.array(z.enum(SPECIALTIES)).min(1),
            languages: z.array(z.string()).default(['zh']),
            onDuty: z.boolean().default(false),
            /** Weekly windows in the doctor's time zone; on-duty then follows it (see src/domain/roster.ts). */
            roster: RosterSchema.optional(),
            /** Off duty, still hear about emergencies of their specialties. */
            emergencyAlerts: z.boolean().default(false),
            /** Their ids on DingTalk / the Official Account. */
            identities: Identities.optional(),
            /** The bot account that DMs them (default: the first); a DingTalk doctor is told through a DingTalk robot. */
            bot: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    admins: z.array(personId).default([]),
    /** A cadre's id (scope: everything), or `{ "id", "scope" }` with a group id or a selector (`country=IT`). */
    cadres: z
      .array(
        z.union([
          personId,
          z
            .object({
              id: personId,
              scope: z
                .string()
                .refine((s) => scopeSelector(s) !== null, 'a group id or a selector such as country=IT'),
            })
            .strict(),
        ]),
      )
      .default([]),
  })
  .strict()
  .superRefine((w, ctx) => {
    const bots = new Map(w.bots.map((b) => [b.id, b.platform]));
    w.groups.forEach((g, i) => {
      const platform = bots.get(g.bot);
      if (!platform)
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'bot'], message: `unknown bot "${g.bot}"` });
      else if (platform === 'wechat-oa')
        ctx.addIssue({
          code: 'custom',
          path: ['groups', i, 'bot'],
          message: 'an Official Account has no groups',
        });
      else if (g.platform && g.platform !== platform)
        ctx.addIssue({
          code: 'custom',
          path: ['groups', i, 'platform'],
          message: `a ${g.platform} group needs a ${g.platform} bot ("${g.bot}" is ${platform})`,
        });
    });
    w.doctors.forEach((d, i) => {
      if (d.bot && !bots.has(d.bot))
        ctx.addIssue({ code: 'custom', path: ['doctors', i, 'bot'], message: `unknown bot "${d.bot}"` });
    });
  });

export type World = z.infer<typeof WorldSchema>;

const cadreId = (c: World['cadres'][number]): string => (typeof c === 'string' ? c : c.id);

export function readWorldFile(file: string): World {
  return WorldSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Everyone in the world, with display names (doctors included). */
export function worldPeople(w: World): Array<{ id: string; name: string }> {
  const byId = new Map<string, string>();
  for (const p of w.people) byId.set(p.id, p.name);
  for (const d of w.doctors) byId.set(d.id, d.name);
  for (const g of w.groups)
    for (const id of [...g.members, ...g.managers]) if (!byId.has(id)) byId.set(id, id);
  for (const id of [...w.admins, ...w.cadres.map(cadreId)]) if (!byId.has(id)) byId.set(id, id);
  return [...byId].map(([id, name]) => ({ id, name }));
}

/** Writes the world's groups, people, doctors and roles into the store (idempotent: a restart re-seeds). */
export function seedWorld(store: Store, w: World, now: number): void {
  const defaultBot = w.bots[0]?.id ?? null;
  store.transaction(() => {
    const languages = new Map(w.people.map((p) => [p.id, p.language ?? null]));
    for (const p of worldPeople(w))
      store.people.upsert({ id: p.id, name: p.name, language: languages.get(p.id) ?? null }, now);
    for (const d of w.doctors) {
      store.people.upsert({ id: d.id, name: d.name, dmBotId: d.bot ?? defaultBot }, now);
      store.people.upsertDoctor(
        {
          id: d.id,
          hospital: d.hospital,
          specialties: d.specialties,
          languages: d.languages,
          onDuty: d.onDuty,
          roster: d.roster ?? null,
          emergencyAlerts: d.emergencyAlerts,
        },
        now,
      );
    }
    for (const g of w.groups) {
      store.groups.upsert({ ...g, botId: g.bot, tipsEnabled: g.tips }, now);
      for (const m of new Set([...g.members, ...g.managers])) store.people.addMember(g.id, m);
      for (const m of g.managers) store.people.grant(m, 'manager', g.id, null, now);
    }
    for (const p of [...w.people, ...w.doctors])
      for (const [platform, id] of Object.entries(p.identities ?? {}))
        if (id) store.channels.link(platform as 'dingtalk' | 'wechat-oa', id, p.id);
    for (const a of w.admins) store.people.grant(a, 'admin', '*', null, now);
    for (const c of w.cadres)
      store.people.grant(cadreId(c), 'cadre', typeof c === 'string' ? '*' : c.scope, null, now);
  });
}
