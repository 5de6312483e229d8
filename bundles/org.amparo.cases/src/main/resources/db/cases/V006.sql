-- the name search reads the cases an actor may see under a name from one index range: the word
-- keys of each case's person (not the whole-name or year-of-birth keys, which the search does not
-- use), with the case's organisation, creator and assignee; derived, so without foreign keys:
-- CaseNameKeys keeps it in step with case_file and name_key
CREATE TABLE cases.case_name_key (
    case_id BIGINT NOT NULL,
    name_key VARCHAR(200) NOT NULL,
    person_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    assigned_to VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, name_key)
);
INSERT INTO cases.case_name_key (case_id, name_key, person_id, organisation_id, created_by, assigned_to)
SELECT c.id, k.name_key, c.person_id, c.organisation_id, c.created_by, c.assigned_to
FROM cases.case_file c JOIN cases.name_key k ON k.person_id = c.person_id
WHERE k.name_key NOT LIKE 'n:%' AND k.name_key NOT LIKE 'd:%';
CREATE INDEX case_name_created_idx ON cases.case_name_key (organisation_id, created_by, name_key, case_id);
CREATE INDEX case_name_assigned_idx ON cases.case_name_key (organisation_id, assigned_to, name_key, case_id);
CREATE INDEX case_name_org_idx ON cases.case_name_key (organisation_id, name_key, case_id);
CREATE INDEX case_name_person_idx ON cases.case_name_key (person_id);
