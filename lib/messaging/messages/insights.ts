// The dashboard's and popup's figures: extension pages → background.
import * as v from 'valibot';
import type { Metrics } from '../../metrics/compute';
import type { MessageEvent } from '../../metrics/types';
import { request, typed } from '../define';
import { contactKey, metricsQuery } from '../schemas';

export const insightMessages = {
  /** Every figure for a date range. */
  getMetrics: request({ data: metricsQuery, from: ['page'], answer: typed<Metrics>() }),
  /** The raw events of a range (for CSV). */
  exportEvents: request({ data: metricsQuery, from: ['page'], answer: typed<MessageEvent[]>() }),
  /** Display names of contacts (for the waiting list). */
  contactNames: request({
    data: v.strictObject({ keys: v.pipe(v.array(contactKey), v.maxLength(10_000)) }),
    from: ['page'],
    answer: typed<Record<string, string>>(),
  }),
};
