// Ethics cases and their timeline notes. Identifier and narrative fields hold ciphertext (see vault.ts).
import { defineEntity } from '../db/entity';

export const ethicsCaseEntity = defineEntity({
  name: 'ethicsCase',
  table: 'ethics_cases',
  fields: {
    caseNumber: 'text', status: 'text', requestedAt: 'text', requesterName: 'text', requesterRole: 'text', urgency: 'text', unitId: 'text',
    type: 'text', question: 'text', identifiers: 'text', medicalIndications: 'text', patientPreferences: 'text', qualityOfLife: 'text',
    contextualFeatures: 'text', stakeholders: 'text', optionsConsidered: 'text', recommendation: 'text', recommendedAt: 'text',
    communicatedTo: 'text', communicatedAt: 'text', chartNoteDate: 'text', followUp: 'text', consultantIds: 'json', timeSpentMinutes: 'integer',
    themes: 'json', policyRecommendation: 'text', committeeDiscussion: 'text', committeeRecommendation: 'text', summaryDraft: 'text',
    summarySource: 'text', summarySignedText: 'text', summarySignedBy: 'text', summarySignedAt: 'text',
  },
});

export const ethicsNoteEntity = defineEntity({
  name: 'ethicsNote',
  table: 'ethics_notes',
  fields: { caseId: 'text', at: 'text', author: 'text', text: 'text' },
});
