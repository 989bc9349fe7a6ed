// One agenda item's minutes: typed as Markdown, kept on this computer at every keystroke, saved to the core about
// 800 ms after typing stops (and when leaving the item); a reload before then reopens with the text typed.
import { useEffect, useId, useRef, useState } from 'react';
import { useKeptText } from '../../../app/kept-text';
import { MinutesPreview } from './MinutesPreview';
import { useMeetingStore, type AgendaItem } from './store';

const autosaveDelayMs = 800;
type SaveState = { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

export function MinutesEditor({ item }: { item: AgendaItem }) {
  const saveMinutes = useMeetingStore((state) => state.saveMinutes);
  const id = useId();
  const [text, setText] = useKeptText(`minutes:${item.id}`, item.minutesText ?? '');
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  // What the core holds, and the latest text typed: a slow answer must not mark newer text as saved.
  const stored = useRef(item.minutesText ?? '');
  const latest = useRef(text);
  latest.current = text;

  async function save(value: string) {
    if (value === stored.current) return setState({ kind: 'saved' });
    setState({ kind: 'saving' });
    const result = await saveMinutes(item.id, value);
    if (result.ok) {
      stored.current = value;
      setState(latest.current === value ? { kind: 'saved' } : { kind: 'unsaved' });
    } else setState({ kind: 'failed', message: result.message });
  }

  useEffect(() => {
    if (text === stored.current) return;
    setState({ kind: 'unsaved' });
    const timer = window.setTimeout(() => void save(text), autosaveDelayMs);
    return () => window.clearTimeout(timer);
    // save reads refs, so only a change of text starts a new countdown.
  }, [text]);

  // Leaving the item (another item, another tab) saves what is left rather than dropping it.
  useEffect(() => () => {
    if (latest.current !== stored.current) void saveMinutes(item.id, latest.current);
  }, [item.id, saveMinutes]);

  return (
    <div className="minutes__editor">
      <div className="minutes__editor-head">
        <label htmlFor={id} className="meetings__subheading">{item.title}</label>
        <span className={`minutes__state minutes__state--${state.kind}`} role="status" data-testid="minutes-state">
          {state.kind === 'saved' ? 'Saved' : state.kind === 'saving' ? 'Saving…' : state.kind === 'unsaved' ? 'Unsaved changes' : `Not saved: ${state.message}`}
        </span>
      </div>
      <div className="minutes__split">
        <textarea
          id={id}
          className="field__control field__control--multiline minutes__text"
          value={text}
          rows={14}
          placeholder={'Discussion, decisions and who will do what.\n\nMarkdown works: **bold**, lists with -, headings with #.'}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void save(text)}
        />
        <MinutesPreview source={text} label="Preview" />
      </div>
    </div>
  );
}
