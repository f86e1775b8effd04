-- =====================================================================================================
-- bench/baseline.sql — the DuckDB baseline of docs/rules.md (R2–R24, with R28/R29 row rejection).
--
-- One script, run by DuckDB (>= 1.1; written against 1.5.6) over the dataset's Parquet files. It is
-- the reference the C# scorer races against, so it reads each file once, only the columns it needs,
-- and filters usage to the window [B, M] inside the Parquet scan (row groups skipped on statistics).
--
-- Placeholders: a name in double curly braces, replaced textually by the runner
-- (bench/FunctionalScoring.Baseline) before the script runs; they appear nowhere else, not even in
-- the comments, so they are listed here without their braces:
--   ruleset          the text of bench/rulesets/<rule-set id>.sql (the VALUES tables rs_*)
--   asof             the as-of month M as a DATE literal, e.g. DATE '2025-06-01', or NULL for R2's
--                    default (the latest usage month that is a first day)
--   associations,    one relation per input table (docs/rules.md §7), e.g.
--   usage,             read_parquet('/data/usage.parquet')      -- one file, or
--   certifications     read_parquet('/data/usage/*.parquet')    -- a folder of part files
--   partners         the same, or an empty relation when the optional table is absent:
--                      (SELECT NULL::VARCHAR AS partner_id WHERE false)
--
-- Results, in order (every other statement returns nothing or a single status row):
--   1. run_info:  as_of, baseline (YYYY-MM), baseline_has_usage (R2: false means "less than 13
--                 months of history", a warning)
--   2. summary:   partner_id, reported_path, qualified, enterprise_total, enterprise_qualified,
--                 smb_total, smb_qualified, points_to_qualify — already formatted as the CSV text
--   3. scorecard: partner_id, path, metric, value, points, association_type, extra_to_close
--
-- Numbers: counts and users are BIGINT/HUGEINT; points are DECIMAL(18,2) computed by integer
-- arithmetic (R9: never floating point — DuckDB turns DECIMAL / DECIMAL into DOUBLE, so the script
-- never divides decimals).
-- =====================================================================================================

-- §7: a TIMESTAMP WITH TIME ZONE is taken as its UTC date.
SET TimeZone = 'UTC';

-- -----------------------------------------------------------------------------------------------------
-- The rule set (R25): rs_info, rs_workload_src, rs_association_type_src, rs_certification_src,
-- rs_path, rs_path_type, rs_metric, rs_parameter.
-- -----------------------------------------------------------------------------------------------------
{{ruleset}}

-- -----------------------------------------------------------------------------------------------------
-- Name matching (R6): ignoring case and surrounding white space — every character .NET's
-- Char.IsWhiteSpace accepts (space, tab, line breaks, U+0085, U+00A0, U+1680, U+2000–U+200A,
-- U+2028, U+2029, U+202F, U+205F, U+3000). Ids are compared exactly; only-white-space is empty.
-- -----------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP MACRO ws() AS
    chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(133) || chr(160) || chr(5760)
    || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198)
    || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239)
    || chr(8287) || chr(12288);
-- DuckDB's trim with a character set costs microseconds a row, so norm() is applied to the few
-- distinct spellings only (then hash-joined on the raw text), and blank() takes the fast path when
-- the first byte is printable ASCII (no white space character starts that way).
CREATE OR REPLACE TEMP MACRO norm(s) AS lower(trim(s, ws()));
CREATE OR REPLACE TEMP MACRO blank(s) AS
    CASE WHEN s IS NULL THEN true
         WHEN s >= '!' AND s < chr(127) THEN false
         ELSE trim(s, ws()) = '' END;

-- R9: clamp(v × mx / thr, 0, mx) rounded half away from zero to 2 decimals, by integer arithmetic on
-- the rule set's DECIMAL(18,4) figures scaled to integers (v is a whole number of tenants, persons or
-- users; rounding a non-negative quotient half up is (2n + d) // 2d).
CREATE OR REPLACE TEMP MACRO points(v, mx, thr) AS
    CASE
        WHEN v <= 0 THEN 0::DECIMAL(18,2)
        WHEN v >= thr THEN round(mx, 2)::DECIMAL(18,2)
        ELSE CAST((2 * CAST(v AS HUGEINT) * CAST(mx * 10000 AS HUGEINT) * 100 + CAST(thr * 10000 AS HUGEINT))
                  // (2 * CAST(thr * 10000 AS HUGEINT)) AS DECIMAL(18,0)) * 0.01::DECIMAL(3,2)
    END;

-- R23: the smallest whole value whose points (R9) reach target points tgt (0 < tgt ≤ mx, 2 decimals):
-- round(v × mx / thr) ≥ tgt  ⇔  v ≥ (tgt − 0.005) × thr / mx  ⇔  v ≥ ⌈(200·tgt − 1)·thr / (200·mx)⌉.
CREATE OR REPLACE TEMP MACRO value_for_points(tgt, mx, thr) AS
    ((CAST(tgt * 200 AS HUGEINT) - 1) * CAST(thr * 10000 AS HUGEINT) + 200 * CAST(mx * 10000 AS HUGEINT) - 1)
    // (200 * CAST(mx * 10000 AS HUGEINT));

-- R17: deployed when MAU > ratio × PAU (or ≥ with AtLeast); PAU = 0 never. Exact DECIMAL product.
CREATE OR REPLACE TEMP MACRO deployed(pau, mau, ratio, cmp) AS
    coalesce(pau, 0) > 0 AND CASE WHEN cmp = 'AtLeast' THEN mau >= ratio * pau ELSE mau > ratio * pau END;

-- The rule set's names, normalised once.
-- Workloads are keyed by a small integer id (cheaper to hash than their names).
CREATE OR REPLACE TEMP TABLE rs_workload AS
SELECT DISTINCT norm(name) AS name, workload, CAST(dense_rank() OVER (ORDER BY workload) AS SMALLINT) AS wid
FROM rs_workload_src;
CREATE OR REPLACE TEMP TABLE rs_association_type AS
SELECT DISTINCT norm(name) AS name, type FROM rs_association_type_src;
CREATE OR REPLACE TEMP TABLE rs_certification AS
SELECT DISTINCT norm(name) AS name, level, certification FROM rs_certification_src;

-- -----------------------------------------------------------------------------------------------------
-- R2: the as-of month M and the baseline B = M − 12 months; the window is [B, M].
-- -----------------------------------------------------------------------------------------------------
SET VARIABLE m = CAST({{asof}} AS DATE);
-- The default reads the month column only, and only when no month was given (the filter is a
-- constant false otherwise, and DuckDB then skips the scan).
SET VARIABLE m = (
    SELECT coalesce(getvariable('m'), max(d))
    FROM (SELECT CAST(month AS DATE) AS d FROM {{usage}} WHERE getvariable('m') IS NULL)
    WHERE day(d) = 1);
SET VARIABLE m = CASE
    WHEN getvariable('m') IS NULL
        THEN error('R2: no as-of month was given and no usage month is the first day of a month')
    WHEN day(getvariable('m')) <> 1
        THEN error('R2: the as-of month must be given by its first day')
    ELSE getvariable('m') END;
SET VARIABLE b      = CAST(getvariable('m') - INTERVAL 12 MONTH AS DATE);
SET VARIABLE m_next = CAST(getvariable('m') + INTERVAL 1 MONTH AS DATE);
SET VARIABLE b_next = CAST(getvariable('b') + INTERVAL 1 MONTH AS DATE);
-- R3, R5: "in force / held in month m" is judged on the last day of m.
SET VARIABLE m_last = CAST(getvariable('m') + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE);
SET VARIABLE b_last = CAST(getvariable('b') + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE);

CREATE OR REPLACE TEMP TABLE params AS
SELECT p.*,
       getvariable('m') AS m, getvariable('b') AS b,
       getvariable('m_last') AS m_last, getvariable('b_last') AS b_last
FROM rs_parameter p;

-- -----------------------------------------------------------------------------------------------------
-- Associations (R28): the raw rows feed R24's partner list; the valid ones that can be in force at
-- B or M feed the credits. An empty workload means tenant-wide; a non-eligible one credits nothing.
-- -----------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE associations_read AS
SELECT partner_id, tenant_id, workload, association_type,
       CAST(associated_on AS DATE) AS associated_on, CAST(ended_on AS DATE) AS ended_on
FROM {{associations}};

CREATE OR REPLACE TEMP TABLE association_used AS
WITH type_spelling AS (
    SELECT s.raw, t.type
    FROM (SELECT DISTINCT association_type AS raw FROM associations_read) s
    JOIN rs_association_type t ON t.name = norm(s.raw)
),
workload_spelling AS (
    SELECT s.raw, blank(s.raw) AS tenant_wide, w.wid
    FROM (SELECT DISTINCT workload AS raw FROM associations_read) s
    LEFT JOIN rs_workload w ON w.name = norm(s.raw)
)
SELECT a.partner_id, a.tenant_id,
       w.wid,                                                       -- NULL: tenant-wide
       t.type,
       a.associated_on, a.ended_on,
       CAST(date_trunc('month', a.associated_on) AS DATE) AS claim  -- R4
FROM associations_read a
JOIN type_spelling t ON t.raw = a.association_type                 -- unknown or empty type: rejected
JOIN workload_spelling w ON w.raw IS NOT DISTINCT FROM a.workload  -- NULL: tenant-wide too
WHERE (w.tenant_wide OR w.wid IS NOT NULL)                          -- not eligible: ignored
  AND NOT blank(a.partner_id) AND NOT blank(a.tenant_id)
  AND a.associated_on IS NOT NULL
  AND (a.ended_on IS NULL OR a.ended_on >= a.associated_on)
  -- R3: cannot be in force at B or M otherwise.
  AND a.associated_on <= getvariable('m_last')
  AND (a.ended_on IS NULL OR a.ended_on > getvariable('b_last'));

-- -----------------------------------------------------------------------------------------------------
-- Usage (R28, R29): only rows whose month lies in [B, M] are read — the comparison is on the raw
-- column against constants, so the Parquet reader prunes row groups on their min/max statistics.
-- Inside the window every R28 check applies; a key shared by several rows rejects every copy.
-- Rows of workloads that are not eligible are ignored (an invalid one is rejected): either way unused.
--
-- Only the rows a score can look up are checked and kept: tenants of a usable association, in B,
-- in M or in a claim month inside the window (R15, R18). The filter is on (tenant, month date), so
-- every copy of a key (tenant, workload, month date) is kept or dropped together: R28's duplicate
-- rule is applied exactly, to far fewer rows than the whole window.
-- -----------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE usage_used AS
WITH looked_up AS (
    SELECT DISTINCT tenant_id, d
    FROM (SELECT tenant_id, getvariable('b') AS d FROM association_used
          UNION ALL SELECT tenant_id, getvariable('m') FROM association_used
          UNION ALL SELECT tenant_id, claim FROM association_used
                    WHERE claim > getvariable('b') AND claim < getvariable('m'))
),
needed AS MATERIALIZED (
    SELECT u.tenant_id,
           u.workload,
           CAST(u.month AS DATE)                         AS d,
           CAST(u.paid_available_units AS BIGINT)        AS pau,
           CAST(u.monthly_active_users AS BIGINT)        AS mau
    FROM {{usage}} u
    -- a first day and a non-empty tenant: the only R28 checks left are the units'
    SEMI JOIN looked_up k ON k.tenant_id = u.tenant_id AND k.d = CAST(u.month AS DATE)
    WHERE u.month >= getvariable('b') AND u.month < getvariable('m_next')
),
-- Distinct spellings are few: normalise each spelling once, then hash-join on the raw text.
spelling AS (
    SELECT s.workload AS raw, r.wid
    FROM (SELECT DISTINCT workload FROM needed) s
    JOIN rs_workload r ON r.name = norm(s.workload)
)
SELECT u.tenant_id, s.wid, u.d AS month, any_value(u.pau) AS pau, any_value(u.mau) AS mau
FROM needed u
JOIN spelling s ON s.raw = u.workload
GROUP BY u.tenant_id, s.wid, u.d
HAVING count(*) = 1 AND NOT bool_or(u.pau IS NULL OR u.mau IS NULL OR u.pau < 0 OR u.mau < 0);

-- R2's warning: no usage row at all for B (EXISTS stops at the first one).
CREATE OR REPLACE TEMP TABLE run_info AS
SELECT strftime(getvariable('m'), '%Y-%m') AS as_of, strftime(getvariable('b'), '%Y-%m') AS baseline,
       EXISTS (SELECT 1 FROM {{usage}} WHERE month >= getvariable('b') AND month < getvariable('b_next'))
           AS baseline_has_usage;

-- -----------------------------------------------------------------------------------------------------
-- R8: pairs credited to a partner through a type in B and M, per path (band of the pair's own PAU),
-- with R4's claim month: the earliest among the rows in force in that month crediting the pair.
-- Hash join on (tenant, month); the workload test (equal, or tenant-wide) is the residual predicate.
-- -----------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE credit AS
WITH in_force AS (
    SELECT a.partner_id, a.tenant_id, a.wid, a.type, a.claim, e.month
    FROM association_used a
    JOIN (VALUES (getvariable('b'), getvariable('b_last')),
                 (getvariable('m'), getvariable('m_last'))) e(month, month_last)
      ON a.associated_on <= e.month_last AND (a.ended_on IS NULL OR a.ended_on > e.month_last)
)
SELECT pt.path, f.partner_id, f.type, f.month, u.tenant_id, u.wid,
       min(f.claim) AS claim, any_value(u.pau) AS pau, any_value(u.mau) AS mau
FROM in_force f
JOIN usage_used u
  ON u.tenant_id = f.tenant_id AND u.month = f.month
 AND (f.wid IS NULL OR u.wid = f.wid)
JOIN rs_path_type pt ON pt.type = f.type
JOIN rs_path p
  ON p.path = pt.path AND u.pau > p.pau_above AND (p.pau_at_most IS NULL OR u.pau <= p.pau_at_most)
GROUP BY pt.path, f.partner_id, f.type, f.month, u.tenant_id, u.wid;

-- -----------------------------------------------------------------------------------------------------
-- R15, R17, R18, R19: per path, partner and type.
--   pairs in S_t(M): start month s = max(B, claim); usage at s (missing row: 0).
--   pairs in S_t(B) \ S_t(M): lost.
-- -----------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE type_values AS
WITH at_m AS (
    SELECT c.*, coalesce(s.pau, 0) AS pau_s, coalesce(s.mau, 0) AS mau_s
    FROM credit c
    LEFT JOIN usage_used s
      ON s.tenant_id = c.tenant_id AND s.wid = c.wid
     AND s.month = greatest(c.claim, getvariable('b'))
    WHERE c.month = getvariable('m')
),
at_b AS (
    SELECT b.*, m.tenant_id IS NULL AS lost
    FROM credit b
    LEFT JOIN credit m
      ON m.month = getvariable('m') AND m.path = b.path AND m.partner_id = b.partner_id
     AND m.type = b.type AND m.tenant_id = b.tenant_id AND m.wid = b.wid
    WHERE b.month = getvariable('b')
),
m_side AS (
    SELECT a.path, a.partner_id, a.type,
           sum(a.mau - a.mau_s) AS growth,
           count(DISTINCT a.tenant_id) FILTER (
               WHERE deployed(a.pau, a.mau, p.deployment_ratio, p.deployment_comparison)
                 -- R18: claimed inside the window and already deployed at its claim (then s = claim)
                 AND NOT (a.claim > p.b AND deployed(a.pau_s, a.mau_s, p.deployment_ratio, p.deployment_comparison))
           ) AS deployed_m
    FROM at_m a, params p
    GROUP BY ALL
),
b_side AS (
    SELECT a.path, a.partner_id, a.type,
           sum(CASE WHEN a.lost AND p.lost_pairs = 'Subtract' THEN -a.mau ELSE 0 END) AS lost_growth,
           count(DISTINCT a.tenant_id) FILTER (
               WHERE deployed(a.pau, a.mau, p.deployment_ratio, p.deployment_comparison)) AS deployed_b
    FROM at_b a, params p
    GROUP BY ALL
)
SELECT coalesce(m.path, b.path) AS path, coalesce(m.partner_id, b.partner_id) AS partner_id,
       coalesce(m.type, b.type) AS type,
       CAST(coalesce(m.growth, 0) + coalesce(b.lost_growth, 0) AS BIGINT) AS usage_growth,
       coalesce(m.deployed_m, 0) - coalesce(b.deployed_b, 0)           AS deployments
FROM m_side m
FULL JOIN b_side b ON b.path = m.path AND b.partner_id = m.partner_id AND b.type = m.type;

-- R10, R11: distinct tenants with a pair credited through any of the path's types.
CREATE OR REPLACE TEMP TABLE net_adds AS
SELECT path, partner_id,
       count(DISTINCT tenant_id) FILTER (WHERE month = getvariable('m'))
     - count(DISTINCT tenant_id) FILTER (WHERE month = getvariable('b')) AS value
FROM credit
GROUP BY ALL;

-- -----------------------------------------------------------------------------------------------------
-- R12, R5 (R28): distinct persons holding in M a listed certification, per level.
-- -----------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE certifications_read AS
SELECT partner_id, person_id, certification,
       CAST(earned_on AS DATE) AS earned_on, CAST(expires_on AS DATE) AS expires_on
FROM {{certifications}};

CREATE OR REPLACE TEMP TABLE persons AS
WITH spelling AS (
    SELECT s.raw, c.level
    FROM (SELECT DISTINCT certification AS raw FROM certifications_read) s
    JOIN rs_certification c ON c.name = norm(s.raw)                -- not listed: ignored
)
SELECT x.partner_id, c.level, count(DISTINCT x.person_id) AS value
FROM certifications_read x
JOIN spelling c ON c.raw = x.certification
WHERE NOT blank(x.partner_id) AND NOT blank(x.person_id)
  AND x.earned_on IS NOT NULL
  AND x.earned_on <= getvariable('m_last')
  AND (x.expires_on IS NULL OR x.expires_on > getvariable('m_last'))
GROUP BY ALL;

-- R24: every non-empty partner_id of any table, even of rejected or ignored rows.
CREATE OR REPLACE TEMP TABLE partner AS
SELECT DISTINCT partner_id
FROM (SELECT partner_id FROM associations_read
      UNION ALL SELECT partner_id FROM certifications_read
      UNION ALL SELECT partner_id FROM {{partners}})
WHERE NOT blank(partner_id);

-- -----------------------------------------------------------------------------------------------------
-- R9, R14, R19: every candidate (partner, path, metric, type) with its value and points; for usage
-- growth and deployments one row per type of the path, for the other metrics one type-less row.
-- -----------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE candidate AS
WITH measured AS (
    SELECT partner_id, path, 'NetCustomerAdds' AS metric, '' AS type, value FROM net_adds
    UNION ALL
    SELECT x.partner_id, r.path, x.level || 'Certifications', '', x.value FROM persons x CROSS JOIN rs_path r
    UNION ALL
    SELECT partner_id, path, 'UsageGrowth', type, usage_growth FROM type_values
    UNION ALL
    SELECT partner_id, path, 'Deployments', type, deployments FROM type_values
),
grid AS (
    SELECT p.partner_id, m.path, m.metric, m.ord AS metric_ord, m.max_points,
           coalesce(pt.type, '') AS type, coalesce(pt.ord, 0) AS type_ord,
           CASE m.metric WHEN 'UsageGrowth' THEN pt.usage_growth_threshold
                         WHEN 'Deployments' THEN pt.deployments_threshold
                         ELSE m.threshold END AS threshold
    FROM partner p
    CROSS JOIN rs_metric m
    LEFT JOIN rs_path_type pt ON pt.path = m.path AND m.metric IN ('UsageGrowth', 'Deployments')
)
SELECT g.*, coalesce(v.value, 0) AS value, points(coalesce(v.value, 0), g.max_points, g.threshold) AS points
FROM grid g
LEFT JOIN measured v
  ON v.partner_id = g.partner_id AND v.path = g.path AND v.metric = g.metric AND v.type = g.type;

-- R14, R19: the type earning the most rounded points wins; ties go to the type listed first.
CREATE OR REPLACE TEMP TABLE metric_score AS
SELECT partner_id, path, metric, metric_ord, max_points, value, points, type
FROM candidate
QUALIFY row_number() OVER (PARTITION BY partner_id, path, metric ORDER BY points DESC, type_ord) = 1;

-- R20, R21.
CREATE OR REPLACE TEMP TABLE path_score AS
SELECT s.partner_id, s.path, r.ord AS path_ord,
       sum(s.points) AS total,
       count(*) FILTER (WHERE s.points < p.min_points_per_metric) AS below_minimum,
       sum(s.points) >= p.qualifying_total
           AND count(*) FILTER (WHERE s.points < p.min_points_per_metric) = 0 AS qualified
FROM metric_score s
JOIN rs_path r ON r.path = s.path
CROSS JOIN params p
GROUP BY s.partner_id, s.path, r.ord, p.qualifying_total, p.min_points_per_metric;

-- R23: per metric, the smallest whole Δ added to its value (to one type's value, the smallest over
-- the types) that makes the path qualify with every other metric unchanged; 0 for a qualifying path,
-- NULL when another metric is below the minimum or even this metric's maximum cannot reach the total.
CREATE OR REPLACE TEMP TABLE extra AS
WITH need AS (
    SELECT c.partner_id, c.path, c.metric, c.value, c.max_points, c.threshold, ps.qualified,
           ps.below_minimum - CASE WHEN s.points < p.min_points_per_metric THEN 1 ELSE 0 END AS others_below,
           greatest(p.min_points_per_metric, p.qualifying_total - (ps.total - s.points)) AS target
    FROM candidate c
    JOIN metric_score s USING (partner_id, path, metric)
    JOIN path_score ps USING (partner_id, path)
    CROSS JOIN params p
)
SELECT partner_id, path, metric,
       min(CASE
               WHEN qualified THEN 0
               WHEN others_below > 0 OR target > max_points THEN NULL
               WHEN target <= 0 THEN 0
               ELSE greatest(0, value_for_points(target, max_points, threshold) - value)
           END) AS extra_to_close
FROM need
GROUP BY ALL;

-- -----------------------------------------------------------------------------------------------------
-- Results.
-- -----------------------------------------------------------------------------------------------------
SELECT * FROM run_info;

-- R22: a qualifying path over a non-qualifying one, then the higher total, then rule-set order.
WITH reported AS (
    SELECT partner_id, path, qualified, total
    FROM path_score
    QUALIFY row_number() OVER (PARTITION BY partner_id ORDER BY qualified DESC, total DESC, path_ord) = 1
)
SELECT r.partner_id,
       r.path                                                            AS reported_path,
       CASE WHEN r.qualified THEN 'true' ELSE 'false' END                 AS qualified,
       CAST(e.total AS VARCHAR)                                          AS enterprise_total,
       CASE WHEN e.qualified THEN 'true' ELSE 'false' END                 AS enterprise_qualified,
       CAST(s.total AS VARCHAR)                                          AS smb_total,
       CASE WHEN s.qualified THEN 'true' ELSE 'false' END                 AS smb_qualified,
       CAST(greatest(0, p.qualifying_total - r.total)::DECIMAL(18,2) AS VARCHAR) AS points_to_qualify
FROM reported r
JOIN path_score e ON e.partner_id = r.partner_id AND e.path = 'Enterprise'
JOIN path_score s ON s.partner_id = r.partner_id AND s.path = 'SMB'
CROSS JOIN params p
ORDER BY r.partner_id;

SELECT s.partner_id, s.path, s.metric,
       CAST(s.value AS VARCHAR)                                          AS value,
       CAST(s.points AS VARCHAR)                                         AS points,
       CASE WHEN s.metric IN ('UsageGrowth', 'Deployments') THEN s.type ELSE '' END AS association_type,
       coalesce(CAST(x.extra_to_close AS VARCHAR), '')                   AS extra_to_close
FROM metric_score s
JOIN rs_path r ON r.path = s.path
JOIN extra x ON x.partner_id = s.partner_id AND x.path = s.path AND x.metric = s.metric
ORDER BY s.partner_id, r.ord, s.metric_ord;
