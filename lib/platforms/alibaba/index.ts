import { defineSite } from '../types';
import { ALIBABA_WORDS, alibabaAdapter } from './adapter';
import { ALIBABA_HOSTS, alibabaThreadUrl, isAlibabaDmArea } from './urls';

export const alibaba = defineSite({
  id: 'alibaba',
  label: 'Alibaba.com',
  hosts: ALIBABA_HOSTS,
  urlHint: 'message.alibaba.com/message/messenger.htm or onetalk.alibaba.com',
  isDmArea: isAlibabaDmArea,
  threadUrl: alibabaThreadUrl,
  adapter: alibabaAdapter,
  interfaceWords: ALIBABA_WORDS,
});
