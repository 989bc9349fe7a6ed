// How a credential's status (decided by the shared rule) reads on screen: words first, a badge tone to reinforce them.
import type { CredentialStatus } from '../../../../shared/domain/credentials';
import { credentialStateLabels, credentialTypeLabels, describeCredentialStatus, type CredentialType } from '../../../../shared/domain/credentials';
import type { BadgeTone } from '../../ui';

export interface StatusDisplay {
  tone: BadgeTone;
  text: string;
}

export function credentialStatusDisplay(status: CredentialStatus): StatusDisplay {
  switch (status.state) {
    case 'expired':
      return { tone: 'danger', text: describeCredentialStatus(status) };
    case 'expiring':
      return { tone: 'warning', text: describeCredentialStatus(status) };
    case 'current':
      return { tone: 'success', text: credentialStateLabels.current };
    case 'no-expiry':
      return { tone: 'neutral', text: credentialStateLabels['no-expiry'] };
  }
}

/** "State medical licence — TX", "Board certification — Internal Medicine". */
export function credentialName(c: { type: CredentialType; title: string | null; jurisdiction: string | null }): string {
  return [credentialTypeLabels[c.type], c.title, c.jurisdiction].filter(Boolean).join(' — ');
}
