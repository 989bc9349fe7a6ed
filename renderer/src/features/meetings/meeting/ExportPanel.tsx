// Export buttons for the packet and the minutes, with a busy state while the core prints, and the packet's report after:
// its pages, and any attachment it could not merge and why.
import { Button, DownloadIcon } from '../../../ui';
import { useExportStore } from './export-store';
import type { Meeting } from './store';

export function ExportButtons({ meeting }: { meeting: Meeting }) {
  const { busy, exportPacket, exportMinutes } = useExportStore();
  return (
    <>
      <Button icon={<DownloadIcon />} busy={busy === 'minutes'} disabled={busy !== null} onClick={() => void exportMinutes(meeting.id)}>
        {busy === 'minutes' ? 'Preparing the minutes…' : 'Export minutes'}
      </Button>
      <Button variant="primary" icon={<DownloadIcon />} busy={busy === 'packet'} disabled={busy !== null} onClick={() => void exportPacket(meeting.id)}>
        {busy === 'packet' ? 'Preparing the packet…' : 'Export packet'}
      </Button>
    </>
  );
}

export function ExportReport({ meetingId }: { meetingId: string }) {
  const { busy, progress, report, dismissReport } = useExportStore();
  if (busy === 'packet') {
    return (
      <div className="meetings-export meetings-export--busy" data-testid="export-progress">
        <p role="status">
          <span className="button__spinner" aria-hidden="true" />
          <span>
            Preparing the packet… {progress ? <strong>{progress.step}</strong> : 'The agenda, linked records and attachments are being put together'}
            {progress && ` (step ${Math.min(progress.done + 1, progress.total)} of ${progress.total})`}; you can keep working.
          </span>
        </p>
        <progress className="meetings-export__bar" aria-label="Packet progress" max={progress?.total ?? 1} value={progress?.done ?? 0} />
      </div>
    );
  }
  if (!report || report.meetingId !== meetingId) return null;
  return (
    <section className={`meetings-export ${report.omitted.length ? 'meetings-export--warning' : ''}`} aria-label="Packet export" data-testid="export-report">
      <div className="meetings-export__head">
        <p role="status">
          <strong>Packet saved:</strong> {report.fileName}, {report.pageCount} {report.pageCount === 1 ? 'page' : 'pages'}.
          {report.omitted.length === 0 ? ' Every attachment was merged in place.' : ` ${report.omitted.length} ${report.omitted.length === 1 ? 'attachment was' : 'attachments were'} left out:`}
        </p>
        <Button variant="ghost" onClick={dismissReport}>Close report</Button>
      </div>
      {report.omitted.length > 0 && (
        <ul className="meetings-export__omitted" aria-label="Left out of the packet">
          {report.omitted.map((o, i) => (
            <li key={`${o.fileName}-${i}`}><strong>{o.fileName}</strong> (item “{o.item}”): {o.reason}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
