// Asks the core first whether its database opened sound: the app when it did, the recovery screen when it did not.
import { useEffect, useState, type ReactNode } from 'react';
import { RecoveryScreen } from './RecoveryScreen';
import { useBackupStore } from './backup-store';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const { recovery, recoveryError, checkRecovery, clearRestore } = useBackupStore();
  // Once restored, the recovery screen stays until the director has read what the restore did.
  const [recovering, setRecovering] = useState(false);
  useEffect(() => {
    void checkRecovery();
  }, [checkRecovery]);
  useEffect(() => {
    if (recovery?.damaged) setRecovering(true);
  }, [recovery?.damaged]);

  if (recovery && (recovery.damaged || recovering)) {
    return (
      <RecoveryScreen
        status={recovery}
        onContinue={() => {
          clearRestore();
          setRecovering(false);
        }}
      />
    );
  }
  // Until the core has answered, nothing; a core that cannot answer at all still gets the app, whose screens say why.
  if (!recovery && !recoveryError) return null;
  return <>{children}</>;
}
