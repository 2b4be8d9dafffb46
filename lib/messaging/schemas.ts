// Schema pieces several messages share (valibot). Imported by message definitions, so by the background only.
import * as v from 'valibot';
import { FIELD_NAME } from '../contacts/types';
import { CONTACT_KEY, PLATFORM_IDS } from '../platforms/sites';
import { normaliseTag } from '../vocab/tags';
import { DAY_MS } from '../vocab/time';

/** No payload. */
export const none = v.optional(v.undefined());
export const id = v.pipe(v.number(), v.integer(), v.minValue(1));
export const platform = v.picklist(PLATFORM_IDS);
export const contactKey = v.pipe(v.string(), v.regex(CONTACT_KEY));
export const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const tags = v.pipe(
  v.array(v.pipe(v.string(), v.transform(normaliseTag), v.nonEmpty(), v.maxLength(40))),
  v.maxLength(30),
);
/** Any time from 2000 to a day ahead of this machine's clock. */
export const timestamp = v.pipe(
  v.number(),
  v.minValue(946_684_800_000),
  v.check((t) => t <= Date.now() + DAY_MS, 'time in the future'),
);
export const metricsQuery = v.strictObject({
  from: v.number(),
  to: v.number(),
  platform: v.optional(platform),
  /** Team sync: 'me' (default), 'team', or one member's name. */
  scope: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** A contact profile as the seller edits it (and as a teammate's copy must be, when contact profiles are shared). */
export const contactProfile = v.strictObject({
  key: contactKey,
  platform,
  displayName: v.optional(shortText(300)),
  firstNameOverride: v.pipe(v.string(), v.trim(), v.maxLength(100)),
  tags,
  notes: shortText(5000),
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.regex(FIELD_NAME, 'field names are lower-case letters, digits and _')), shortText(500)),
    v.check((f) => Object.keys(f).length <= 50, 'at most 50 fields'),
  ),
});
