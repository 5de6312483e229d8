-- referrals of cases to catalogued services, their history and shared values; partner links; pathway checklists
CREATE SCHEMA referral;
CREATE TABLE referral.referral (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL,
    case_number VARCHAR(40) NOT NULL,
    person_id BIGINT NOT NULL,
    from_organisation_id BIGINT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    service_id VARCHAR(250) NOT NULL,
    service_name VARCHAR(1000) NOT NULL,
    catalog_organization_id VARCHAR(250) NOT NULL,
    organization_name VARCHAR(1000) NOT NULL,
    to_organisation_id BIGINT,
    need VARCHAR(100) NOT NULL,
    status VARCHAR(12) NOT NULL,
    shared_fields VARCHAR(400) NOT NULL,
    message VARCHAR(4000) NOT NULL,
    pathway_step VARCHAR(250) NOT NULL,
    consent_override VARCHAR(1000) NOT NULL,
    answer_due DATE,
    reminded BOOLEAN NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX referral_case_idx ON referral.referral (case_id, id);
CREATE INDEX referral_inbox_idx ON referral.referral (to_organisation_id, status, id);
CREATE INDEX referral_due_idx ON referral.referral (status, reminded, answer_due);
CREATE TABLE referral.event (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id BIGINT NOT NULL REFERENCES referral.referral (id),
    status VARCHAR(12) NOT NULL,
    actor VARCHAR(100) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    reminder BOOLEAN NOT NULL,
    on_behalf BOOLEAN NOT NULL,
    happened_at TIMESTAMP NOT NULL
);
CREATE INDEX event_referral_idx ON referral.event (referral_id, id);
CREATE TABLE referral.shared_value (
    referral_id BIGINT NOT NULL REFERENCES referral.referral (id),
    position INTEGER NOT NULL,
    field_code VARCHAR(20) NOT NULL,
    field_value VARCHAR(2000) NOT NULL,
    note_key VARCHAR(100) NOT NULL,
    PRIMARY KEY (referral_id, position)
);
CREATE TABLE referral.partner_link (
    catalog_organization_id VARCHAR(250) NOT NULL PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    linked_by VARCHAR(100) NOT NULL,
    linked_at TIMESTAMP NOT NULL
);
CREATE TABLE referral.pathway_mark (
    case_id BIGINT NOT NULL,
    pathway_id VARCHAR(100) NOT NULL,
    step_id VARCHAR(100) NOT NULL,
    country VARCHAR(2) NOT NULL,
    revision VARCHAR(100) NOT NULL,
    title_key VARCHAR(250) NOT NULL,
    done_on DATE NOT NULL,
    done_by VARCHAR(100) NOT NULL,
    note VARCHAR(2000) NOT NULL,
    marked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, pathway_id, step_id)
);
