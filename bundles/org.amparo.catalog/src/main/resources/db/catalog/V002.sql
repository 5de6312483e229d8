-- matching: the areas each service serves as lower-case keys ('*' when it states none), found by area and term without a scan
CREATE TABLE catalog.service_area_key (
    service_id VARCHAR(64) NOT NULL,
    area_key VARCHAR(200) NOT NULL
);
CREATE INDEX service_area_key_area_idx ON catalog.service_area_key (area_key, service_id);
CREATE INDEX service_area_key_service_idx ON catalog.service_area_key (service_id);
CREATE INDEX attribute_term_link_idx ON catalog.attribute (taxonomy_term_id, link_id);
CREATE INDEX schedule_service_at_location_id_idx ON catalog.schedule (service_at_location_id);
