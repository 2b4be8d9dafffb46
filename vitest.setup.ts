// Unit tests run in Node, where no browser.i18n reads _locales: interface text comes from the English catalogue.
import { builtCatalogue } from './lib/i18n/test-catalogue';
import { useMessages } from './lib/i18n/t';

useMessages(builtCatalogue('en'), 'en');
