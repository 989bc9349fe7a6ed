// Every kind of record a director would look for is in the global search: an entity of the registry is either fed to
// a searchable kind or named below with the reason it is not searched. A new table that is neither fails here.
import { describe, expect, it } from 'vitest';
import { entities } from '../../../electron/core/db/entity-registry';
import { isIndexed } from '../../../electron/core/search/searchable-kind';
import { searchableKinds } from '../../../electron/core/search/searchable-kinds';
import { recordKindName } from '../../../shared/domain/record-kinds';

/** Records not searched on their own, and why: each is reached through the record it belongs to, or is no one's search. */
const notSearched: Readonly<Record<string, string>> = {
  setting: 'settings are changed in Settings, not looked for',
  attachment: 'a stored document is reached through the record it is attached to',
  verification: "a check of a credential: the credential is searched, and shows its checks",
  credentialTerm: "an earlier term of a credential: the credential is searched",
  evaluation: "an FPPE/OPPE of a privilege: the practitioner and the privilege are searched",
  suspension: "an event on a practitioner's credential: the practitioner is searched",
  reappointment: "a practitioner's reappointment process: the practitioner is searched",
  npdbQuery: "a query about a practitioner: the practitioner is searched",
  exclusionScreening: 'one run of a list file against the roster: read on Screening',
  exclusionMatch: "a possible match of a practitioner on a list: the practitioner is searched",
  policyVersion: 'its text is searched as part of its policy (the approved text and a newer draft)',
  policyApproval: "a step of a version's approval chain, shown with the policy",
  policyReview: 'a dated review of a policy, shown with the policy',
  policyAssignment: 'a link between a policy and a role or department',
  policyAttestation: "one person's read-and-sign of a version",
  policyStandard: 'a link between a policy and a standard (both searched)',
  policyAttachment: 'a link between a policy and a document',
  policyRetirement: "the record of a policy's retirement, shown with the policy",
  standardEdition: 'an edition of a standards body: its standards are searched',
  standardChange: "a citation moved by a new edition, shown on the standards' import",
  approvalChain: 'a reusable list of approvers, picked when a draft is sent',
  committeeMember: 'a person on a committee: the practitioner and the committee are searched',
  attendance: 'who was present at a meeting',
  vote: "one member's vote on a motion (the motion is searched)",
  agendaAttachment: 'a link between an agenda item and a document',
  agendaItemGuest: 'a guest recorded for an agenda item',
  packetIssue: "an issued packet, reached from its meeting's Packet tab",
  packetDistribution: 'who received an issued packet',
  perspective: "a heading of a plan period: its goals are searched",
  measureValue: "one period's value of a measure (the measure is searched)",
  riskAssessment: 'a dated score of a risk (the risk is searched)',
  trainingCompletion: "one person's completion of a course",
  trainingWaiver: "one person's exemption from a requirement",
  competencyAssessment: "one person's assessment, shown on their training",
  cmeStateProfile: "a state's CME rule, edited on the CME view",
};

const searchedEntities = searchableKinds.flatMap((k) => (isIndexed(k) ? k.feeds.filter((f) => f.entity === k.entity).map((f) => f.entity) : k.entities));

describe('the registry of searchable kinds', () => {
  it.each(entities.map((e) => [e.name] as const))('%s is searched, or not searched for a stated reason', (name) => {
    const searched = searchedEntities.includes(name);
    expect(searched || Object.hasOwn(notSearched, name), `${recordKindName(name)} (${name}): register it as searchable (see electron/core/search/searchable-kinds.ts) or say here why it is not`).toBe(true);
    expect(searched && Object.hasOwn(notSearched, name), `${name} is both searched and listed as not searched`).toBe(false);
  });

  it('lists as not searched only entities that exist', () => {
    expect(Object.keys(notSearched).filter((n) => !entities.some((e) => e.name === n))).toEqual([]);
  });

  it('names each kind once, and feeds each from its own table first', () => {
    expect(new Set(searchableKinds.map((k) => k.kind)).size).toBe(searchableKinds.length);
    for (const k of searchableKinds.filter(isIndexed)) expect(k.feeds[0]!.entity, k.kind).toBe(k.entity);
  });
});
