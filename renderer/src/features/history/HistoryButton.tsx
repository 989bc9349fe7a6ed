// "History" beside a record: its History panel in a dialog, for screens that show the record in a row or a card.
import { useState } from 'react';
import { Button } from '../../ui';
import { Dialog } from '../../ui/Dialog';
import { HistoryPanel, type HistoryPanelProps } from './HistoryPanel';

export function HistoryButton(props: HistoryPanelProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} aria-label={`History of ${props.name}`}>
        History
      </Button>
      {open && (
        <Dialog title={`History of ${props.name}`} onClose={() => setOpen(false)} wide>
          <HistoryPanel {...props} />
        </Dialog>
      )}
    </>
  );
}
