-- service catalogue: HSDS 3.0 records (every field kept as JSON in `fields`, the ones queried also as columns),
-- the eligibility derived from attributes, and the provenance of every import
CREATE SCHEMA catalog;
CREATE TABLE catalog.import_run (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source VARCHAR(1000) NOT NULL,
    format VARCHAR(20) NOT NULL,
    imported_by VARCHAR(255) NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    inserted INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    seed_key VARCHAR(600)
);
CREATE INDEX import_run_seed_idx ON catalog.import_run (seed_key);
CREATE TABLE catalog.organization (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(1000),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.service (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(64),
    name VARCHAR(1000),
    status VARCHAR(40),
    minimum_age INTEGER,
    maximum_age INTEGER,
    search_text VARCHAR(4000),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.location (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(64),
    name VARCHAR(1000),
    location_type VARCHAR(40),
    latitude VARCHAR(40),
    longitude VARCHAR(40),
    confidential BOOLEAN NOT NULL,
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.address (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    location_id VARCHAR(64),
    city VARCHAR(300),
    state_province VARCHAR(300),
    postal_code VARCHAR(100),
    country VARCHAR(100),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.service_at_location (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    service_id VARCHAR(64),
    location_id VARCHAR(64),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.contact (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(64),
    service_id VARCHAR(64),
    location_id VARCHAR(64),
    service_at_location_id VARCHAR(64),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.phone (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(64),
    service_id VARCHAR(64),
    location_id VARCHAR(64),
    contact_id VARCHAR(64),
    service_at_location_id VARCHAR(64),
    phone_number VARCHAR(200),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.schedule (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    service_id VARCHAR(64),
    location_id VARCHAR(64),
    service_at_location_id VARCHAR(64),
    freq VARCHAR(20),
    byday VARCHAR(100),
    opens_at VARCHAR(20),
    closes_at VARCHAR(20),
    valid_from VARCHAR(40),
    valid_to VARCHAR(40),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.language (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    service_id VARCHAR(64),
    location_id VARCHAR(64),
    phone_id VARCHAR(64),
    code VARCHAR(40),
    name VARCHAR(300),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.service_area (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    service_id VARCHAR(64),
    name VARCHAR(1000),
    extent_type VARCHAR(40),
    uri VARCHAR(1000),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.taxonomy (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(300),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.taxonomy_term (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    taxonomy_id VARCHAR(64),
    code VARCHAR(200),
    parent_id VARCHAR(64),
    name VARCHAR(1000),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE catalog.attribute (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    link_id VARCHAR(64),
    taxonomy_term_id VARCHAR(64),
    link_entity VARCHAR(100),
    attr_value VARCHAR(1000),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX service_organization_id_idx ON catalog.service (organization_id);
CREATE INDEX location_organization_id_idx ON catalog.location (organization_id);
CREATE INDEX address_location_id_idx ON catalog.address (location_id);
CREATE INDEX service_at_location_service_id_idx ON catalog.service_at_location (service_id);
CREATE INDEX service_at_location_location_id_idx ON catalog.service_at_location (location_id);
CREATE INDEX contact_service_id_idx ON catalog.contact (service_id);
CREATE INDEX phone_service_id_idx ON catalog.phone (service_id);
CREATE INDEX phone_location_id_idx ON catalog.phone (location_id);
CREATE INDEX schedule_service_id_idx ON catalog.schedule (service_id);
CREATE INDEX schedule_location_id_idx ON catalog.schedule (location_id);
CREATE INDEX language_service_id_idx ON catalog.language (service_id);
CREATE INDEX language_location_id_idx ON catalog.language (location_id);
CREATE INDEX service_area_service_id_idx ON catalog.service_area (service_id);
CREATE INDEX taxonomy_term_code_idx ON catalog.taxonomy_term (code);
CREATE INDEX attribute_link_id_idx ON catalog.attribute (link_id);
CREATE INDEX attribute_taxonomy_term_id_idx ON catalog.attribute (taxonomy_term_id);
-- programs, accessibility, cost options, funding, required documents, organisation identifiers, metadata
CREATE TABLE catalog.other_record (
    resource VARCHAR(40) NOT NULL,
    id VARCHAR(64) NOT NULL,
    owner_id VARCHAR(64),
    fields VARCHAR(32000) NOT NULL,
    import_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (resource, id)
);
CREATE INDEX other_record_owner_idx ON catalog.other_record (owner_id);
-- who a service serves beyond its age range, from attributes of the amparo-catalog terms eligibility.*
CREATE TABLE catalog.eligibility (
    service_id VARCHAR(64) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    accepted VARCHAR(200) NOT NULL,
    PRIMARY KEY (service_id, kind, accepted)
);
