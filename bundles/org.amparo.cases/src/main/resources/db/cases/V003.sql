-- case attachments (content kept only in the database) and the history of changes to a person
CREATE TABLE cases.attachment (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    file_name VARCHAR(255) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    description VARCHAR(1000) NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX attachment_case_idx ON cases.attachment (case_id);
CREATE TABLE cases.attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES cases.attachment (id),
    content ${blob} NOT NULL
);
CREATE TABLE cases.person_change (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES cases.person (id),
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    fields VARCHAR(500) NOT NULL
);
CREATE INDEX person_change_person_idx ON cases.person_change (person_id);
