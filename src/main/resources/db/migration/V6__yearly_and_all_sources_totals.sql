-- Reads at national scale: a cumulative indicator over twenty years summed ~270 monthly rows per source and
-- territory, so a ranking of the 101 départements read tens of thousands of rows, more as sources were added.
-- dmp_total now also holds yearly rows (granularity 'Y'), and dmp_total_all_sources holds the same days, months and
-- years for all sources together: a small table that stays in memory, from which every read but a breakdown by
-- source sums a few dozen rows per territory, whatever the number of records and sources.
--
-- The granularity check is part of the table, so the table is made anew under the same name and keys.

ALTER TABLE dmp_total RENAME TO dmp_total_v2;
ALTER TABLE dmp_total_v2 DROP CONSTRAINT dmp_total_pk;

CREATE TABLE dmp_total (
    territory_code    VARCHAR(3)  NOT NULL,
    granularity       CHAR(1)     NOT NULL CHECK (granularity IN ('D', 'M', 'Y')),
    period_start      DATE        NOT NULL,
    channel           VARCHAR(16) NOT NULL,
    practitioner_type VARCHAR(24) NOT NULL,
    created           BIGINT      NOT NULL,
    alimented         BIGINT      NOT NULL,
    records           BIGINT      NOT NULL,
    CONSTRAINT dmp_total_pk PRIMARY KEY (territory_code, granularity, period_start, channel, practitioner_type)
);

INSERT INTO dmp_total (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                       records)
SELECT territory_code, granularity, period_start, channel, practitioner_type, created, alimented, records
FROM dmp_total_v2;

DROP TABLE dmp_total_v2;

-- Years from months.
INSERT INTO dmp_total (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                       records)
SELECT territory_code, 'Y', CAST(DATE_TRUNC('YEAR', period_start) AS DATE), channel, practitioner_type,
       SUM(created), SUM(alimented), SUM(records)
FROM dmp_total
WHERE granularity = 'M'
GROUP BY territory_code, CAST(DATE_TRUNC('YEAR', period_start) AS DATE), channel, practitioner_type;

-- All sources together, at every granularity.
CREATE TABLE dmp_total_all_sources (
    territory_code    VARCHAR(3)  NOT NULL,
    granularity       CHAR(1)     NOT NULL CHECK (granularity IN ('D', 'M', 'Y')),
    period_start      DATE        NOT NULL,
    created           BIGINT      NOT NULL,
    alimented         BIGINT      NOT NULL,
    records           BIGINT      NOT NULL,
    CONSTRAINT dmp_total_all_sources_pk PRIMARY KEY (territory_code, granularity, period_start)
);

INSERT INTO dmp_total_all_sources (territory_code, granularity, period_start, created, alimented, records)
SELECT territory_code, granularity, period_start, SUM(created), SUM(alimented), SUM(records)
FROM dmp_total
GROUP BY territory_code, granularity, period_start;
