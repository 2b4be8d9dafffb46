import { defineSite } from '../types';
import { WHATSAPP_WORDS, whatsappAdapter } from './adapter';
import { isWhatsAppDmArea, WHATSAPP_HOSTS, whatsappThreadUrl } from './urls';

export const whatsapp = defineSite({
  id: 'whatsapp',
  label: 'WhatsApp',
  hosts: WHATSAPP_HOSTS,
  urlHint: 'web.whatsapp.com',
  isDmArea: isWhatsAppDmArea,
  threadUrl: whatsappThreadUrl,
  adapter: whatsappAdapter,
  interfaceWords: WHATSAPP_WORDS,
});
