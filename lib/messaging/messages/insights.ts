// The dashboard's and popup's figures: extension pages → background.
import * as v from 'valibot';
import type { MemberFirstResponse } from '../../team/status';
import type { Metrics } from '../../metrics/compute';
import type { MessageEvent } from '../../metrics/types';
import { request, typed } from '../define';
import { contactKey, metricsQuery, none } from '../schemas';

export const insightMessages = {
  /** Every figure for a date range. */
  getMetrics: request({ data: metricsQuery, from: ['page'], answer: typed<Metrics>() }),
  /** With team sync on: this member's name and every member whose events this device holds (the scope switch). */
  teamMembers: request({ data: none, from: ['page'], answer: typed<{ me: string | null; members: string[] }>() }),
  /** With team sync on: each member's first responses over a range (conversations credited to the first replier). */
  teamFirstResponses: request({ data: metricsQuery, from: ['page'], answer: typed<MemberFirstResponse[]>() }),
  /** The raw events of a range (for CSV). */
  exportEvents: request({ data: metricsQuery, from: ['page'], answer: typed<MessageEvent[]>() }),
  /** Display names of contacts (for the waiting list). */
  contactNames: request({
    data: v.strictObject({ keys: v.pipe(v.array(contactKey), v.maxLength(10_000)) }),
    from: ['page'],
    answer: typed<Record<string, string>>(),
  }),
};
