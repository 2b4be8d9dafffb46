import { defineSite } from '../types';
import { INSTAGRAM_WORDS, instagramAdapter } from './adapter';
import { INSTAGRAM_HOSTS, isInstagramDmArea } from './urls';

export const instagram = defineSite({
  id: 'instagram',
  label: 'Instagram',
  hosts: INSTAGRAM_HOSTS,
  urlHint: 'instagram.com/direct/…',
  isDmArea: isInstagramDmArea,
  threadUrl: (id) => `https://www.instagram.com/direct/t/${encodeURIComponent(id)}/`,
  adapter: instagramAdapter,
  interfaceWords: INSTAGRAM_WORDS,
});
