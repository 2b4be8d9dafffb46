// The protocol has one source of truth: these lines compile only while sender types, handler types and answers all
// come from the message definitions (npm test's typecheck runs tsc over this file; a drift leaves one of the
// expected errors below unused, which fails the typecheck).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Handlers } from '../background/transport';
import type { Template } from '../templates/types';
import { REQUESTS, TAB_MESSAGES } from './messages';
import type { ProtocolMap } from './protocol';

type Send = <K extends keyof ProtocolMap>(name: K, data: Parameters<ProtocolMap[K]>[0]) => ReturnType<ProtocolMap[K]>;
declare const send: Send;
declare const handlers: Handlers;

describe('the protocol', () => {
  it('types every sender and handler from the one definition of each message', () => {
    // Payloads come from the schema: a wrong field type, an unknown field or an unknown message does not compile.
    const typeErrors = () => {
      // @ts-expect-error a rating is a number
      send('updateFeedback', { id: 1, rating: 'five' });
      // @ts-expect-error the schema has no such field
      send('deleteTemplate', { id: 1, force: true });
      // @ts-expect-error no such message
      send('deleteEverything', undefined);
      // Answers come from the definition.
      expectTypeOf(send('listTemplates', undefined)).toEqualTypeOf<Template[]>();
      // A handler table without one request's handler does not compile.
      const { listTemplates: _left, ...rest } = handlers;
      // @ts-expect-error listTemplates has no handler
      const incomplete: Handlers = rest;
      return incomplete;
    };
    expect(typeof typeErrors).toBe('function');
  });

  it('names each message once, and sends tab messages only to tabs', () => {
    const requests = Object.keys(REQUESTS);
    const tab = Object.keys(TAB_MESSAGES);
    expect(new Set(requests).size).toBe(requests.length);
    expect(tab.filter((name) => requests.includes(name))).toEqual([]);
    for (const definition of Object.values(REQUESTS)) expect(definition.from.length).toBeGreaterThan(0);
  });
});
