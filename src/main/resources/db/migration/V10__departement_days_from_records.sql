-- A département's daily totals are its records: row for row, its daily rows in dmp_total and dmp_total_all_sources
-- were the sums of its records of the day (by channel and practitioner type, or all together), a second copy of
-- dmp_creation that every write kept up. They are no longer written, and are deleted here; the daily rows of the
-- regions and the nation, and every monthly and yearly row, stay as they were.
--
-- Reads of daily rows go through a view per table with exactly the table's columns: the table's own daily rows, and a
-- département's days summed from its records. A read asks for territories and a range of days, and both databases
-- push those conditions through the UNION ALL and below the GROUP BY onto dmp_creation_territory_date_idx
-- (territory_code, record_date) and the table's primary key, so a read costs the days asked, not the records stored.

DELETE FROM dmp_total
WHERE granularity = 'D'
  AND territory_code IN (SELECT code FROM territory WHERE territory_level = 'DEPARTEMENT');

DELETE FROM dmp_total_all_sources
WHERE granularity = 'D'
  AND territory_code IN (SELECT code FROM territory WHERE territory_level = 'DEPARTEMENT');

CREATE VIEW dmp_total_day (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                           records) AS
SELECT territory_code, granularity, period_start, channel, practitioner_type, created, alimented, records
FROM dmp_total
WHERE granularity = 'D'
UNION ALL
SELECT territory_code, CAST('D' AS CHAR(1)), record_date, channel, COALESCE(practitioner_type, ''),
       CAST(SUM(created) AS BIGINT), CAST(SUM(alimented) AS BIGINT), CAST(COUNT(*) AS BIGINT)
FROM dmp_creation
GROUP BY territory_code, record_date, channel, COALESCE(practitioner_type, '');

CREATE VIEW dmp_total_all_sources_day (territory_code, granularity, period_start, created, alimented, records) AS
SELECT territory_code, granularity, period_start, created, alimented, records
FROM dmp_total_all_sources
WHERE granularity = 'D'
UNION ALL
SELECT territory_code, CAST('D' AS CHAR(1)), record_date, CAST(SUM(created) AS BIGINT),
       CAST(SUM(alimented) AS BIGINT), CAST(COUNT(*) AS BIGINT)
FROM dmp_creation
GROUP BY territory_code, record_date;
