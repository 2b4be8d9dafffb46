import Dexie, { type Table } from 'dexie';
import type { ContactProfile, TemplateUse } from '../contacts/types';
import type { FeedbackEntry, SurveyAsk } from '../feedback/scores';
import type { PackedConversations } from '../metrics/packed';
import type { PlatformId } from '../platforms/sites';
import type { Conversation, MessageEvent, ThreadMark } from '../metrics/types';
import type { TeamThread } from '../team/event-docs';
import type { TeamRecord } from '../team/record-docs';
import type { ScopeHour, TeamConversation } from './team-conversations';
import type { Template } from '../templates/types';
import { starterPack } from '../templates/starter-pack';
import { MIGRATIONS } from './migrations';

/** Messages per hour of one UTC day on one platform: `counts[h]` in and `counts[24 + h]` out. */
export interface DayCounts {
  /** `<platform>|<UTC day number>` */
  id: string;
  platform: PlatformId;
  day: number;
  counts: Float64Array;
}

/** One platform's conversations that started on one UTC day, packed. */
export interface DayPack {
  /** `<platform>|<UTC day number>` */
  id: string;
  day: number;
  /** The latest message of any of them: a range starting after it cannot touch this pack. */
  maxLastAt: number;
  pack: PackedConversations;
}

/** A team scope's messages per hour of one UTC day on one site (`team` or `member:<name>`; as DayCounts). */
export interface TeamDayCounts extends DayCounts {
  /** `<scope>|<platform>|<UTC day number>` */
  id: string;
  scope: string;
}

/** A team scope's conversations on one site that started on one UTC day, packed. */
export interface TeamDayPack extends DayPack {
  /** `<scope>|<platform>|<UTC day number>` */
  id: string;
  scope: string;
}

/** A team day pack to remake. */
export interface TeamDirtyPack {
  id: string;
  scope: string;
  platform: PlatformId;
  day: number;
}

/** What one thread adds to the team's message counts (taken back out when it is folded again). */
export interface TeamThreadVolume {
  contactKey: string;
  volume: ScopeHour[];
}

export interface Setting {
  key: string;
  value: unknown;
}

/** The extension's one database. Only the background service worker opens it. */
export class SidekickDatabase extends Dexie {
  templates!: Table<Template, number>;
  settings!: Table<Setting, string>;
  contacts!: Table<ContactProfile, string>;
  templateUses!: Table<TemplateUse, number>;
  events!: Table<MessageEvent, string>;
  conversations!: Table<Conversation, string>;
  hourly!: Table<DayCounts, string>;
  marks!: Table<ThreadMark, number>;
  dayPacks!: Table<DayPack, string>;
  dirtyDays!: Table<{ id: string }, string>;
  feedback!: Table<FeedbackEntry, number>;
  surveys!: Table<SurveyAsk, string>;
  teamThreads!: Table<TeamThread, string>;
  teamRecords!: Table<TeamRecord, string>;
  teamConversations!: Table<TeamConversation, string>;
  teamVolumes!: Table<TeamThreadVolume, string>;
  teamHourly!: Table<TeamDayCounts, string>;
  teamDayPacks!: Table<TeamDayPack, string>;
  teamDirtyPacks!: Table<TeamDirtyPack, string>;
  teamDirtyThreads!: Table<{ contactKey: string }, string>;

  /** `language`: the browser's language (`es`, `pt-BR`), which picks the starter pack's language on first install. */
  constructor(name = 'dm-sidekick', language = 'en') {
    super(name);
    for (const step of MIGRATIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    // Runs once, when the database is first created: the starter pack for a new install.
    this.on('populate', (tx) => {
      const now = Date.now();
      void tx
        .table('templates')
        .bulkAdd(starterPack(language).map((t) => ({ ...t, tags: [...t.tags], createdAt: now, updatedAt: now, useCount: 0 })));
    });
  }
}
