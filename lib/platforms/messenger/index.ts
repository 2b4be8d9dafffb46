import { defineSite } from '../types';
import { MESSENGER_WORDS, messengerAdapter } from './adapter';
import { isMessengerDmArea, MESSENGER_HOSTS, messengerThreadUrl } from './urls';

export const messenger = defineSite({
  id: 'messenger',
  label: 'Messenger',
  hosts: MESSENGER_HOSTS,
  urlHint: 'facebook.com/messages/…, messenger.com/t/…',
  isDmArea: isMessengerDmArea,
  threadUrl: messengerThreadUrl,
  adapter: messengerAdapter,
  interfaceWords: MESSENGER_WORDS,
  // Chat pop-ups open over every other facebook.com page, docked in its body.
  floatingChats: (doc) => [doc.body],
});
