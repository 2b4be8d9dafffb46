import { defineSite } from '../types';
import { X_WORDS, xAdapter } from './adapter';
import { isXDmArea, X_HOSTS, xNotice } from './urls';

export const x = defineSite({
  id: 'x',
  label: 'X',
  hosts: X_HOSTS,
  urlHint: 'x.com/i/chat/… or x.com/messages/…',
  isDmArea: isXDmArea,
  threadUrl: (id) => `https://x.com/i/chat/${encodeURIComponent(id)}`,
  adapter: xAdapter,
  interfaceWords: X_WORDS,
  notice: xNotice,
});
