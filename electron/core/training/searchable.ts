// Courses and training requirements in the global search, each opening its Training list.
import { joinedSql, ownRows, type IndexedSearchKind } from '../search/searchable-kind';

export const trainingCourseSearch: IndexedSearchKind = {
  kind: 'trainingCourse',
  label: 'Courses',
  entity: 'trainingCourse',
  feeds: [ownRows('trainingCourse', ['title', 'provider', 'accreditingBody', 'creditType', 'modality', 'topics'])],
  rows: `SELECT c.id, c.title, ${joinedSql('c.provider', 'c.accrediting_body', 'c.credit_type', 'c.modality')} AS subtitle,
      coalesce((SELECT group_concat(t.value, ', ') FROM json_each(c.topics) t), '') AS body, '' AS identifiers, '#/training/courses' AS opens
    FROM training_courses c`,
};

export const trainingRequirementSearch: IndexedSearchKind = {
  kind: 'trainingRequirement',
  label: 'Training requirements',
  entity: 'trainingRequirement',
  feeds: [ownRows('trainingRequirement', ['title', 'recurrence', 'source', 'sourceNote', 'retiredOn'])],
  rows: `SELECT id, title, ${joinedSql('recurrence', 'source', "CASE WHEN retired_on IS NOT NULL THEN 'retired' END")} AS subtitle,
      coalesce(source_note, '') AS body, '' AS identifiers, '#/training/requirements' AS opens FROM training_requirements`,
};
