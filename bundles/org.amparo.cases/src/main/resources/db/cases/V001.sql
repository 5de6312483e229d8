-- persons, consent decisions, name keys, cases, notes, tasks, approvals, assessments, emergency access
CREATE SCHEMA cases;
CREATE TABLE cases.person (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sex VARCHAR(16) NOT NULL,
    gender_identity VARCHAR(200) NOT NULL,
    date_of_birth DATE,
    dob_estimated BOOLEAN NOT NULL,
    claimed_age INTEGER,
    documented_dob DATE,
    assessed_min_age INTEGER,
    assessed_max_age INTEGER,
    assessment_method VARCHAR(200),
    assessed_on DATE,
    assessed_by VARCHAR(200),
    nationality VARCHAR(2) NOT NULL,
    languages VARCHAR(300) NOT NULL,
    location_country VARCHAR(8) NOT NULL,
    location_division VARCHAR(100) NOT NULL,
    location_path VARCHAR(2000) NOT NULL,
    contact VARCHAR(500) NOT NULL
);
CREATE INDEX person_org_idx ON cases.person (organisation_id);
CREATE TABLE cases.person_name (
    person_id BIGINT NOT NULL REFERENCES cases.person (id),
    position INTEGER NOT NULL,
    original VARCHAR(300) NOT NULL,
    latin VARCHAR(300) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE TABLE cases.person_document (
    person_id BIGINT NOT NULL REFERENCES cases.person (id),
    position INTEGER NOT NULL,
    doc_type VARCHAR(100) NOT NULL,
    held_by VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE TABLE cases.name_key (
    name_key VARCHAR(200) NOT NULL,
    person_id BIGINT NOT NULL REFERENCES cases.person (id),
    PRIMARY KEY (name_key, person_id)
);
CREATE INDEX name_key_person_idx ON cases.name_key (person_id);
CREATE TABLE cases.consent (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id BIGINT REFERENCES cases.person (id),
    organisation_id BIGINT NOT NULL,
    purpose VARCHAR(20) NOT NULL,
    given BOOLEAN NOT NULL,
    method VARCHAR(20) NOT NULL,
    language VARCHAR(35) NOT NULL,
    decided_on DATE NOT NULL,
    sharing_with VARCHAR(1000) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    withdrawn_on DATE,
    withdrawn_by VARCHAR(100)
);
CREATE INDEX consent_person_idx ON cases.consent (person_id);
CREATE INDEX consent_org_idx ON cases.consent (organisation_id, given);
CREATE TABLE cases.case_sequence (
    case_year INTEGER NOT NULL PRIMARY KEY,
    last_value INTEGER NOT NULL
);
CREATE TABLE cases.case_file (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number VARCHAR(20) NOT NULL UNIQUE,
    person_id BIGINT NOT NULL REFERENCES cases.person (id),
    organisation_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    closure_reason VARCHAR(1000) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    assigned_to VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX case_person_idx ON cases.case_file (person_id);
CREATE INDEX case_org_status_idx ON cases.case_file (organisation_id, status);
CREATE INDEX case_assigned_idx ON cases.case_file (assigned_to);
CREATE INDEX case_created_by_idx ON cases.case_file (created_by);
CREATE TABLE cases.case_flag (
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    flag VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, flag)
);
CREATE INDEX case_flag_idx ON cases.case_flag (flag);
CREATE TABLE cases.status_history (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    from_status VARCHAR(20),
    to_status VARCHAR(20) NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX status_history_case_idx ON cases.status_history (case_id);
CREATE TABLE cases.note (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    author VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    body VARCHAR(8000) NOT NULL
);
CREATE INDEX note_case_idx ON cases.note (case_id);
CREATE TABLE cases.task (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    title VARCHAR(500) NOT NULL,
    due_on DATE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    done_at TIMESTAMP,
    done_by VARCHAR(100)
);
CREATE INDEX task_case_idx ON cases.task (case_id);
CREATE INDEX task_due_idx ON cases.task (due_on);
CREATE TABLE cases.approval (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    kind VARCHAR(20) NOT NULL,
    state VARCHAR(20) NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    decided_by VARCHAR(100),
    decided_at TIMESTAMP,
    note VARCHAR(1000) NOT NULL
);
CREATE INDEX approval_case_idx ON cases.approval (case_id);
CREATE TABLE cases.best_interests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    assessed_on DATE NOT NULL,
    assessor VARCHAR(200) NOT NULL,
    summary VARCHAR(8000) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX best_interests_case_idx ON cases.best_interests (case_id);
CREATE TABLE cases.emergency_access (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    username VARCHAR(100) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    granted_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX emergency_access_idx ON cases.emergency_access (username, case_id);
