-- Totals kept exactly in step with dmp_creation, in the same transaction as every write, so that indicator reads
-- cost what the territories and periods asked for, not what the records number.
--
-- granularity 'D' holds one day (period_start = the day), 'M' one calendar month (period_start = its first day).
-- dmp_total holds every level: each département, its region and FR, so a national read touches FR rows only.
-- practitioner_type is '' for records without one. records counts the records summed, to tell data from none.

CREATE TABLE dmp_total (
    territory_code    VARCHAR(3)  NOT NULL,
    granularity       CHAR(1)     NOT NULL CHECK (granularity IN ('D', 'M')),
    period_start      DATE        NOT NULL,
    channel           VARCHAR(16) NOT NULL,
    practitioner_type VARCHAR(24) NOT NULL,
    created           BIGINT      NOT NULL,
    alimented         BIGINT      NOT NULL,
    records           BIGINT      NOT NULL,
    CONSTRAINT dmp_total_pk PRIMARY KEY (territory_code, granularity, period_start, channel, practitioner_type)
);

-- Per establishment and département of the patients, for breakdowns by establishment and establishments involved.
CREATE TABLE establishment_total (
    finess            VARCHAR(9)  NOT NULL,
    territory_code    VARCHAR(3)  NOT NULL,
    granularity       CHAR(1)     NOT NULL CHECK (granularity IN ('D', 'M')),
    period_start      DATE        NOT NULL,
    created           BIGINT      NOT NULL,
    alimented         BIGINT      NOT NULL,
    records           BIGINT      NOT NULL,
    CONSTRAINT establishment_total_pk PRIMARY KEY (finess, territory_code, granularity, period_start)
);
CREATE INDEX establishment_total_period_idx ON establishment_total (granularity, period_start);

-- Totals of the records already stored: days by département, then regions and the nation, then months.
INSERT INTO dmp_total (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                       records)
SELECT territory_code, 'D', record_date, channel, COALESCE(practitioner_type, ''), SUM(created), SUM(alimented),
       COUNT(*)
FROM dmp_creation
GROUP BY territory_code, record_date, channel, COALESCE(practitioner_type, '');

INSERT INTO dmp_total (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                       records)
SELECT t.parent_code, 'D', d.period_start, d.channel, d.practitioner_type, SUM(d.created), SUM(d.alimented),
       SUM(d.records)
FROM dmp_total d JOIN territory t ON t.code = d.territory_code
WHERE t.territory_level = 'DEPARTEMENT'
GROUP BY t.parent_code, d.period_start, d.channel, d.practitioner_type;

INSERT INTO dmp_total (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                       records)
SELECT t.parent_code, 'D', d.period_start, d.channel, d.practitioner_type, SUM(d.created), SUM(d.alimented),
       SUM(d.records)
FROM dmp_total d JOIN territory t ON t.code = d.territory_code
WHERE t.territory_level = 'REGION'
GROUP BY t.parent_code, d.period_start, d.channel, d.practitioner_type;

INSERT INTO dmp_total (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                       records)
SELECT territory_code, 'M', CAST(DATE_TRUNC('MONTH', period_start) AS DATE), channel, practitioner_type,
       SUM(created), SUM(alimented), SUM(records)
FROM dmp_total
WHERE granularity = 'D'
GROUP BY territory_code, CAST(DATE_TRUNC('MONTH', period_start) AS DATE), channel, practitioner_type;

INSERT INTO establishment_total (finess, territory_code, granularity, period_start, created, alimented, records)
SELECT finess, territory_code, 'D', record_date, SUM(created), SUM(alimented), COUNT(*)
FROM dmp_creation
WHERE finess IS NOT NULL
GROUP BY finess, territory_code, record_date;

INSERT INTO establishment_total (finess, territory_code, granularity, period_start, created, alimented, records)
SELECT finess, territory_code, 'M', CAST(DATE_TRUNC('MONTH', period_start) AS DATE), SUM(created), SUM(alimented),
       SUM(records)
FROM establishment_total
WHERE granularity = 'D'
GROUP BY finess, territory_code, CAST(DATE_TRUNC('MONTH', period_start) AS DATE);
