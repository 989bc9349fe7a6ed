// Ethics consultations: behind their own unlock, the list of cases, one case's record, its summary review, and reports.
import { useEffect, useState } from 'react';
import { Button, EmptyState, EthicsIcon, PageHeader, Tabs } from '../../ui';
import { hashQuery, useHashQuery } from '../../app/hash-query';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { LockGate } from './LockGate';
import { NewRequestForm } from './NewRequestForm';
import { ReportsView } from './ReportsView';
import { useEthicsStore } from './store';
import './ethics.css';

type Tab = 'cases' | 'reports';

export function EthicsScreen() {
  const { lock, open, cases } = useEthicsStore();
  const { loadLock, loadCases, lockNow, openCase } = useEthicsStore.getState();
  const [tab, setTab] = useState<Tab>('cases');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadLock().then(() => {
      if (!useEthicsStore.getState().lock?.unlocked) return;
      void loadCases();
      // "#/ethics?case=<id>": a case the global search found opens at once.
      const asked = hashQuery().get('case');
      if (asked) void openCase(asked);
    });
    // The core forgets the key after the idle minutes; the screen asks again each minute so it locks with it.
    const timer = setInterval(() => void loadLock(), 60_000);
    return () => clearInterval(timer);
  }, [loadLock, loadCases]);

  // The same when the address changes while Ethics is already open.
  const addressed = useHashQuery();
  useEffect(() => {
    const asked = hashQuery().get('case');
    if (asked && useEthicsStore.getState().lock?.unlocked) void openCase(asked);
  }, [addressed, openCase]);

  const unlocked = !!lock?.unlocked;
  return (
    <>
      <PageHeader
        title="Ethics"
        description="Ethics consultations, written so that the patient could read them. Cases stay locked behind the ethics passphrase."
        actions={unlocked && (
          <>
            <Button variant="primary" onClick={() => { setCreating(true); void openCase(null); setTab('cases'); }}>New request</Button>
            <Button variant="ghost" onClick={() => void lockNow()}>Lock cases</Button>
          </>
        )}
      />
      {!lock ? null : !unlocked ? (
        <LockGate lock={lock} />
      ) : (
        <Tabs<Tab> label="Ethics" tabs={[{ key: 'cases', label: 'Cases', note: String(cases.length) }, { key: 'reports', label: 'Reports' }]} selected={tab} onSelect={setTab}>
          {tab === 'reports' ? (
            <ReportsView />
          ) : creating ? (
            <NewRequestForm onDone={() => setCreating(false)} />
          ) : open ? (
            <CaseView ethicsCase={open} onBack={() => void openCase(null)} />
          ) : cases.length === 0 ? (
            <EmptyState
              icon={<EthicsIcon />}
              title="No ethics consultations yet"
              description="Record each consultation from the first request to follow-up, and bring de-identified cases to the ethics committee."
              actions={<Button variant="primary" onClick={() => setCreating(true)}>Record a request</Button>}
            />
          ) : (
            <CaseList cases={cases} onOpen={(id) => void openCase(id)} />
          )}
        </Tabs>
      )}
    </>
  );
}
