-- search and duplicate check at scale (issue 4): covering indexes from which a caseworker's visible
-- cases (created by or assigned to them) and an organisation's cases are read newest first with
-- their persons, without the table; a person's cases with their organisation; a person's name keys.
-- The single-column created_by and assigned_to indexes they extend go (those on person_id stay: on
-- Derby they were never made, the foreign keys' own indexes serve, and a portable drop would fail).
CREATE INDEX case_created_cover_idx ON cases.case_file (created_by, organisation_id, id DESC, person_id);
CREATE INDEX case_assigned_cover_idx ON cases.case_file (assigned_to, organisation_id, id DESC, person_id);
CREATE INDEX case_org_newest_idx ON cases.case_file (organisation_id, id DESC, person_id);
CREATE INDEX case_person_cover_idx ON cases.case_file (person_id, organisation_id, id);
CREATE INDEX name_key_person_key_idx ON cases.name_key (person_id, name_key);
DROP INDEX cases.case_created_by_idx;
DROP INDEX cases.case_assigned_idx;
