-- Objectives and their revisions (DOMAIN §2, §5). Every revision is kept, so that progress at an earlier date can
-- still use the target then in force: revision 1 is the original, without reason or effective date; each later one
-- says why it was made and from when it applies.

-- Ids come in blocks of 50 like dmp_creation_seq, so that Hibernate draws them without a round trip each.
CREATE SEQUENCE objective_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE objective (
    id               BIGINT       NOT NULL PRIMARY KEY,
    territory_code   VARCHAR(3)   NOT NULL REFERENCES territory (code),
    metric           VARCHAR(24)  NOT NULL,
    start_date       DATE         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX objective_territory_metric_idx ON objective (territory_code, metric);

CREATE TABLE objective_revision (
    objective_id     BIGINT       NOT NULL REFERENCES objective (id),
    revision         INTEGER      NOT NULL CHECK (revision >= 1),
    target_value     DOUBLE PRECISION NOT NULL CHECK (target_value > 0),
    due_date         DATE         NOT NULL,
    label            VARCHAR(200) NOT NULL,
    reason           VARCHAR(500),
    effective_date   DATE,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (objective_id, revision),
    CONSTRAINT objective_revision_original_ck CHECK (
        (revision = 1 AND reason IS NULL AND effective_date IS NULL)
        OR (revision > 1 AND reason IS NOT NULL AND effective_date IS NOT NULL))
);
