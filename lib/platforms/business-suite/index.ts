import { defineSite } from '../types';
import { BUSINESS_SUITE_WORDS, businessSuiteAdapter, channelOf } from './adapter';
import {
  BUSINESS_SUITE_HOSTS,
  businessSuiteThreadUrl,
  CHANNELS,
  channelThreadUrl,
  isBusinessSuiteDmArea,
  SUITE_ID,
  unknownThreadType,
} from './urls';

export const businessSuite = defineSite({
  // Stored in records only when a chat's channel is unknown (Messenger and Instagram chats go under those sites).
  id: SUITE_ID,
  label: 'Meta Business Suite',
  hosts: BUSINESS_SUITE_HOSTS,
  urlHint: 'business.facebook.com/latest/inbox/…',
  isDmArea: isBusinessSuiteDmArea,
  threadUrl: businessSuiteThreadUrl,
  adapter: businessSuiteAdapter,
  interfaceWords: BUSINESS_SUITE_WORDS,
  channels: CHANNELS,
  channel: channelOf,
  channelThreadUrl,
  notice(url) {
    const type = unknownThreadType(url);
    return type ? { key: 'businessSuite.unknownKind', values: { type } } : null;
  },
});
