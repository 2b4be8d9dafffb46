import { defineSite } from '../types';
import { LINKEDIN_WORDS, linkedinAdapter, linkedinOverlayRoots } from './adapter';
import { isLinkedinDmArea, LINKEDIN_HOSTS, linkedinThreadUrl } from './urls';

export const linkedin = defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  hosts: LINKEDIN_HOSTS,
  urlHint: 'linkedin.com/messaging/thread/…',
  isDmArea: isLinkedinDmArea,
  threadUrl: linkedinThreadUrl,
  adapter: linkedinAdapter,
  interfaceWords: LINKEDIN_WORDS,
  // Overlay chat bubbles open over every other LinkedIn page, inside #interop-outlet's open shadow root.
  floatingChats: linkedinOverlayRoots,
});
