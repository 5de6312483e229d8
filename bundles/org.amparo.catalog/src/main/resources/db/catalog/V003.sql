-- matching reads from these three tables only, rebuilt at the end of every import (MatchingTables):
-- what matching needs of each service in one row (facts NULL when they do not fit), read by primary key
CREATE TABLE catalog.match_service (
    service_id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(1000),
    status VARCHAR(40),
    minimum_age INTEGER,
    maximum_age INTEGER,
    organization_id VARCHAR(64),
    organization_name VARCHAR(1000),
    facts VARCHAR(32000)
);
-- for each need code (a protection term's code and each of its parent codes) the services linked to it
CREATE TABLE catalog.match_need (
    need_code VARCHAR(200) NOT NULL,
    service_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (need_code, service_id)
);
-- the same per area key of the service ('*' when it states none), with the service's row of match_service
-- copied (written in key order), so that one range read per need and area key gives the services and their facts
CREATE TABLE catalog.match_key (
    need_code VARCHAR(200) NOT NULL,
    area_key VARCHAR(200) NOT NULL,
    service_id VARCHAR(64) NOT NULL,
    name VARCHAR(1000),
    status VARCHAR(40),
    minimum_age INTEGER,
    maximum_age INTEGER,
    organization_id VARCHAR(64),
    organization_name VARCHAR(1000),
    facts VARCHAR(32000),
    PRIMARY KEY (need_code, area_key, service_id)
);
