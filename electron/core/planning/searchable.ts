// Strategy, measures, PDSA cycles and risks in the global search, each opening the Planning view that shows it.
import { joinedSql, ownRows, type IndexedSearchKind } from '../search/searchable-kind';

const text = (...columns: string[]) => `trim(${columns.map((c) => `coalesce(${c}, '')`).join(" || char(10) || ")})`;

export const planPeriodSearch: IndexedSearchKind = {
  kind: 'planPeriod',
  label: 'Plan periods',
  entity: 'planPeriod',
  feeds: [ownRows('planPeriod')],
  rows: `SELECT id, name AS title, starts_on || ' to ' || ends_on AS subtitle, '' AS body, '' AS identifiers, '#/planning/strategy' AS opens FROM plan_periods`,
};

export const goalSearch: IndexedSearchKind = {
  kind: 'goal',
  label: 'Goals',
  entity: 'goal',
  feeds: [ownRows('goal', ['title', 'description', 'perspectiveId'])],
  rows: `SELECT g.id, g.title AS title, ${joinedSql('(SELECT p.name FROM perspectives p WHERE p.id = g.perspective_id)')} AS subtitle,
      coalesce(g.description, '') AS body, '' AS identifiers, '#/planning/strategy' AS opens FROM goals g`,
};

export const initiativeSearch: IndexedSearchKind = {
  kind: 'initiative',
  label: 'Initiatives',
  entity: 'initiative',
  feeds: [ownRows('initiative', ['title', 'description', 'status', 'dueOn'])],
  rows: `SELECT id, title, ${joinedSql('status', "'due ' || due_on")} AS subtitle, coalesce(description, '') AS body, '' AS identifiers,
      '#/planning/strategy' AS opens FROM initiatives`,
};

export const milestoneSearch: IndexedSearchKind = {
  kind: 'milestone',
  label: 'Milestones',
  entity: 'milestone',
  feeds: [ownRows('milestone'), { entity: 'initiative', ids: 'SELECT id FROM milestones WHERE initiative_id = {row}.id', columns: ['title'] }],
  rows: `SELECT x.id, x.title, ${joinedSql('i.title', "'due ' || x.due_on")} AS subtitle, '' AS body, '' AS identifiers, '#/planning/strategy' AS opens
    FROM milestones x JOIN initiatives i ON i.id = x.initiative_id`,
};

export const measureSearch: IndexedSearchKind = {
  kind: 'measure',
  label: 'Measures',
  entity: 'measure',
  feeds: [ownRows('measure', ['name', 'definition', 'numeratorDefinition', 'denominatorDefinition', 'exclusions', 'source', 'type', 'frequency'])],
  rows: `SELECT id, name AS title, ${joinedSql('type', 'frequency', 'source')} AS subtitle,
      ${text('definition', 'numerator_definition', 'denominator_definition', 'exclusions')} AS body, '' AS identifiers,
      '#/planning/measures/' || id AS opens FROM measures`,
};

export const pdsaCycleSearch: IndexedSearchKind = {
  kind: 'pdsaCycle',
  label: 'PDSA cycles',
  entity: 'pdsaCycle',
  feeds: [ownRows('pdsaCycle', ['title', 'aim', 'changeIdea', 'question', 'prediction', 'plan', 'observations', 'study', 'act', 'state'])],
  rows: `SELECT id, title, ${joinedSql('state', "'from ' || starts_on")} AS subtitle,
      ${text('aim', 'change_idea', 'question', 'prediction', 'plan', 'observations', 'study', 'act')} AS body, '' AS identifiers,
      '#/planning/pdsa' AS opens FROM pdsa_cycles`,
};

export const riskSearch: IndexedSearchKind = {
  kind: 'risk',
  label: 'Risks',
  entity: 'risk',
  feeds: [ownRows('risk', ['reference', 'title', 'category', 'cause', 'event', 'consequence', 'controls', 'treatment', 'actions', 'closedOn'])],
  rows: `SELECT id, reference || ' ' || title AS title, ${joinedSql('category', "CASE WHEN closed_on IS NOT NULL THEN 'closed' END")} AS subtitle,
      ${text('cause', 'event', 'consequence', 'controls', 'treatment', 'actions')} AS body, '' AS identifiers, '#/planning/risks' AS opens FROM risks`,
};
