/** Shared domain vocabulary. Pure: no I/O, no clock, no randomness. */
import type { Roster } from './roster';

/** The queues doctors answer; `general` is everything no other names. */
export const DOCTOR_QUEUES = [
  'respiratory',
  'pediatrics',
  'psychology',
  'tcm',
  'chronic',
  'maternal',
  'general',
] as const;
export type DoctorQueue = (typeof DOCTOR_QUEUES)[number];

/** Every queue: the doctors' and `policy`, answered by cadres. */
export const SPECIALTIES = [...DOCTOR_QUEUES, 'policy'] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** A DingTalk group's id ends so (its conversation id + this); group ids always contain "@", people's never. */
export const DINGTALK_GROUP_SUFFIX = '@dingtalk';

/** Queue order: lower first. */
export const URGENCY_RANK: Record<Urgency, number> = { emergency: 0, urgent: 1, routine: 2 };

export type ConsultationStatus = 'queued' | 'claimed' | 'answered' | 'closed' | 'cancelled';

export type InboundKind = 'text' | 'image' | 'voice' | 'file' | 'other';

/** One message from any chat platform, as the gateway hands it to the pipeline. */
export interface Inbound {
  botId: string;
  msgId: string;
  /** Milliseconds since epoch, from the platform's message date. */
  at: number;
  kind: InboundKind;
  sender: { id: string; name: string };
  /** Present for group messages. */
  group?: { id: string; name: string };
  /** Text with the bot's own @mention removed (empty for non-text messages). */
  text: string;
  mentionsBot: boolean;
}

/** What the bot asks a gateway to send. */
export interface OutboundMessage {
  botId: string;
  toId: string;
  isGroup: boolean;
  text: string;
  /** Person ids to @mention (groups only). */
  mentions: string[];
}

export interface GroupInfo {
  id: string;
  name: string;
  botId: string;
  country: string | null;
  district: string | null;
  region: string | null;
  city: string | null;
  association: string | null;
  level: string | null;
  timezone: string;
  language: string;
  paused: boolean;
  /** Take confident questions that do not mention the bot; null: the config default. */
  autoIntake: boolean | null;
  /** The daily tip's local time (HH:MM) and whether the group gets tips. */
  tipTime: string;
  tipsEnabled: boolean;
}

export interface DoctorInfo {
  id: string;
  name: string;
  hospital: string;
  specialties: Specialty[];
  onDuty: boolean;
  active: boolean;
  dmBotId: string | null;
  /** The weekly roster on-duty follows, if any. */
  roster: Roster | null;
  /** The doctor said on (true) or off (false) against the roster, until `overrideUntil`. */
  dutyOverride: boolean | null;
  overrideUntil: number | null;
  languages: string[];
  /** Off duty, still hears about emergencies of their specialties. */
  emergencyAlerts: boolean;
}

export interface Consultation {
  id: number;
  botId: string;
  groupId: string | null;
  askerId: string;
  askerName: string;
  text: string;
  specialty: Specialty;
  urgency: Urgency;
  status: ConsultationStatus;
  claimedBy: string | null;
  claimedAt: number | null;
  /** When the claim's lease runs out (null: not claimed, or paused while the asker is asked something). */
  leaseExpiresAt: number | null;
  answer: string | null;
  answeredBy: string | null;
  version: number;
  /** When it last started waiting (null: since `createdAt`). */
  queuedAt: number | null;
  /** Answered by DM only: the group sees the acknowledgement, nothing more. */
  private: boolean;
  createdAt: number;
}
