// Version 25: the global search's one full-text index. Each record kind's text is a row of search_documents (written
// only by the triggers search/search-index.ts generates from the registry of searchable kinds); search_index is the
// FTS5 index over it. Trigram tokens: a part of a word, an NPI's or licence number's digits, all match.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 25,
  name: 'search-index',
  up(db) {
    db.exec(`
      CREATE TABLE search_documents (
        rowid        INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        record_id    TEXT NOT NULL,
        title        TEXT NOT NULL,
        subtitle     TEXT NOT NULL,
        body         TEXT NOT NULL,
        -- Matched, never shown: licence and DEA numbers are displayed masked.
        identifiers  TEXT NOT NULL,
        opens        TEXT NOT NULL,
        UNIQUE (kind, record_id)
      ) STRICT;

      CREATE VIRTUAL TABLE search_index USING fts5(
        title, subtitle, body, identifiers, content = 'search_documents', content_rowid = 'rowid',
        tokenize = 'trigram remove_diacritics 1'
      );
      CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_index (rowid, title, subtitle, body, identifiers) VALUES (new.rowid, new.title, new.subtitle, new.body, new.identifiers);
      END;
      CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, title, subtitle, body, identifiers) VALUES ('delete', old.rowid, old.title, old.subtitle, old.body, old.identifiers);
      END;

      -- A meeting renamed re-indexes its action items and amendments: found by key, not by reading every row.
      CREATE INDEX action_items_by_meeting ON action_items (meeting_id);
      CREATE INDEX minutes_amendments_by_meeting ON minutes_amendments (meeting_id);
    `);
  },
};
