// Team sync: the options page → background. The settings are checked again by team sync itself (lib/team/config.ts).
import * as v from 'valibot';
import type { TeamStatus } from '../../team/status';
import { request, typed } from '../define';
import { none } from '../schemas';

const field = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const teamMessages = {
  /** Where team sync stands, in words. */
  teamStatus: request({ data: none, from: ['page'], answer: typed<TeamStatus>() }),
  /** Check the server, sign-in and database; save and start syncing only when all are right. */
  teamConnect: request({
    data: v.strictObject({
      url: field(500),
      db: field(240),
      user: field(200),
      password: field(500),
      contacts: v.optional(v.boolean()),
    }),
    from: ['page'],
    answer: typed<TeamStatus>(),
  }),
  /** Keep one version of a shared template two members changed at once (its revision); the others go. */
  teamResolveConflict: request({
    data: v.strictObject({ templateId: v.pipe(v.number(), v.integer(), v.minValue(1)), keep: field(200) }),
    from: ['page'],
    answer: typed<void>(),
  }),
  /** Stop syncing and forget the server and password; the library stays. */
  teamDisconnect: request({ data: none, from: ['page'], answer: typed<TeamStatus>() }),
};
