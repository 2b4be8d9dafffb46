// How a message is defined: once, with what it carries, who may send it and what it answers. Payload types are
// inferred from the payload's schema; answers (and the payloads of messages the extension sends itself, which need no
// check) are carried as types only. Pages and content scripts import these definitions as types only, so the
// validators ship in the background alone.
import type * as v from 'valibot';

/** Who may send a request to the background: a content script on a supported DM site, or an extension page. */
export type SenderKind = 'content' | 'page';

/** A type with no runtime check: an answer, or the payload of a message the extension itself sends. */
export interface Typed<T> {
  readonly type?: T;
}
export const typed = <T>(): Typed<T> => ({});

/** A request the background serves: its payload schema, its senders and its answer. */
export interface RequestDefinition<S extends v.GenericSchema = v.GenericSchema, A = unknown> {
  data: S;
  from: readonly SenderKind[];
  answer: Typed<A>;
}
export const request = <S extends v.GenericSchema, A>(definition: RequestDefinition<S, A>) => definition;

/** A message to a tab's content script (from the background or the popup): trusted, so typed only. */
export interface TabMessageDefinition<D = unknown, A = unknown> {
  data: Typed<D>;
  answer: Typed<A>;
}
export const tabMessage = <D, A>(definition: TabMessageDefinition<D, A>) => definition;

/** The payload a sender passes (a schema's input: before trimming and other transforms). */
export type DataOf<D> = D extends { data: infer S }
  ? S extends v.GenericSchema
    ? v.InferInput<S>
    : S extends Typed<infer T>
      ? T
      : never
  : never;
/** The payload a handler receives (a schema's output, once checked). */
export type CheckedDataOf<D> = D extends { data: infer S extends v.GenericSchema } ? v.InferOutput<S> : never;
export type AnswerOf<D> = D extends { answer: Typed<infer A> } ? A : never;
