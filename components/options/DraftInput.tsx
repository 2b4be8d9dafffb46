import { useState } from 'preact/hooks';
import type { JSX } from 'preact';

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onInput' | 'onBlur'> & {
  /** The saved value, shown whenever the field is not being edited. */
  value: string | number;
  /** Called with the field's text when the user commits it (the input's change event). */
  onCommit: (text: string) => void;
};

/**
 * An input bound to a saved setting that never overwrites what the user is typing: while the field is being edited it
 * shows the user's own text, so an answer to an earlier save (or the first load) arriving meanwhile cannot reset it.
 * It shows the saved value again when the field loses focus (a refused value goes back to what is saved).
 */
export function DraftInput({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...rest}
      value={draft ?? String(value)}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => onCommit(e.currentTarget.value)}
      onBlur={() => setDraft(null)}
    />
  );
}
