-- The territories, their reference populations, the establishment register and the pushed DMP creation records.

CREATE TABLE territory (
    code             VARCHAR(3)   NOT NULL PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    territory_level  VARCHAR(12)  NOT NULL,
    parent_code      VARCHAR(3)   REFERENCES territory (code)
);
CREATE INDEX territory_parent_idx ON territory (parent_code);

CREATE TABLE reference_population (
    territory_code   VARCHAR(3)   NOT NULL REFERENCES territory (code),
    population_year  INTEGER      NOT NULL,
    population       BIGINT       NOT NULL CHECK (population > 0),
    source_label     VARCHAR(200) NOT NULL,
    PRIMARY KEY (territory_code, population_year)
);

CREATE TABLE establishment (
    finess           VARCHAR(9)   NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    category         VARCHAR(3)   NOT NULL,
    territory_code   VARCHAR(3)   NOT NULL REFERENCES territory (code)
);
CREATE INDEX establishment_territory_idx ON establishment (territory_code);

-- Ids come in blocks of 50 so that Hibernate can batch inserts.
CREATE SEQUENCE dmp_creation_seq START WITH 1 INCREMENT BY 50;

-- natural_key spells (date, territory, channel, FINESS, practitioner type) with the absent parts empty, so that one
-- unique constraint covers records whose FINESS or practitioner type is absent, on every database.
CREATE TABLE dmp_creation (
    id                BIGINT       NOT NULL PRIMARY KEY,
    record_date       DATE         NOT NULL,
    territory_code    VARCHAR(3)   NOT NULL REFERENCES territory (code),
    channel           VARCHAR(16)  NOT NULL,
    finess            VARCHAR(9)   REFERENCES establishment (finess),
    practitioner_type VARCHAR(24),
    created           BIGINT       NOT NULL CHECK (created >= 0),
    alimented         BIGINT       NOT NULL CHECK (alimented >= 0),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    natural_key       VARCHAR(64)  NOT NULL,
    CONSTRAINT dmp_creation_natural_key_uq UNIQUE (natural_key)
);
CREATE INDEX dmp_creation_territory_date_idx ON dmp_creation (territory_code, record_date);
CREATE INDEX dmp_creation_date_idx ON dmp_creation (record_date);
CREATE INDEX dmp_creation_finess_idx ON dmp_creation (finess);
