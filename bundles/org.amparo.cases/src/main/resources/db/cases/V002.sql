-- merging two records of the same person: both stay, the merged one points to the kept one, and the
-- cases it had are remembered so that the merge can be undone
ALTER TABLE cases.person ADD COLUMN merged_into BIGINT;
CREATE TABLE cases.person_merge (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id BIGINT NOT NULL REFERENCES cases.person (id),
    merged_id BIGINT NOT NULL REFERENCES cases.person (id),
    merged_by VARCHAR(100) NOT NULL,
    merged_at TIMESTAMP NOT NULL,
    reason VARCHAR(500) NOT NULL,
    undone_by VARCHAR(100),
    undone_at TIMESTAMP
);
CREATE INDEX person_merge_kept_idx ON cases.person_merge (kept_id);
CREATE INDEX person_merge_merged_idx ON cases.person_merge (merged_id);
CREATE TABLE cases.person_merge_case (
    merge_id BIGINT NOT NULL REFERENCES cases.person_merge (id),
    case_id BIGINT NOT NULL REFERENCES cases.case_file (id),
    PRIMARY KEY (merge_id, case_id)
);
