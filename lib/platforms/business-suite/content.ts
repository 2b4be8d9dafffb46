// This site's content script: the sidebar with this site's adapter only (wxt.config.ts builds one per site).
import { sidekickContentScript } from '../../../components/sidebar/start';
import { businessSuite } from '.';

export default sidekickContentScript(businessSuite);
