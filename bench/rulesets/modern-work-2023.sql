-- Rule set modern-work-2023 (docs/rules.md §6, R25): the 2023 lists, as small VALUES tables.
-- Included by bench/baseline.sql at {{ruleset}}. Names are written as people spell them; the
-- script normalises them (case, surrounding white space) when it loads them.
-- modern-work-2022.sql is this file with the seed's lists: keep the two files parallel.

CREATE OR REPLACE TEMP TABLE rs_info AS
SELECT * FROM (VALUES ('modern-work-2023', 'Solutions Partner for Modern Work (2023)')) t(id, title);

-- R6: eligible workloads, canonical name first, then its aliases.
CREATE OR REPLACE TEMP TABLE rs_workload_src AS
SELECT * FROM (VALUES
    ('Intune',             'Intune'),
    ('Exchange',           'Exchange'),
    ('Microsoft 365 Apps', 'Microsoft 365 Apps'),
    ('Microsoft 365 Apps', 'ProPlus'),
    ('Microsoft 365 Apps', 'Office 365 ProPlus'),
    ('SharePoint',         'SharePoint'),
    ('Teams',              'Teams'),
    ('Teams Calling',      'Teams Calling'),
    ('Teams Calling',      'Teams Phone calling'),
    ('Teams Meetings',     'Teams Meetings'),
    ('Teams Phone',        'Teams Phone'),
    ('Teams Platform',     'Teams Platform'),
    ('Yammer',             'Yammer'),
    ('Viva Insights',      'Viva Insights'),
    ('Viva Topics',        'Viva Topics'),
    ('Viva Learning',      'Viva Learning'),
    ('Viva Connections',   'Viva Connections')
) t(workload, name);

-- §1: association types and their aliases (matched ignoring case).
CREATE OR REPLACE TEMP TABLE rs_association_type_src AS
SELECT * FROM (VALUES
    ('CSP',  'CSP'), ('CSP', 'CSP Tier 1'), ('CSP', 'CSP Tier 2'), ('CSP', 'CSP_T1'), ('CSP', 'CSP_T2'),
    ('CPOR', 'CPOR'),
    ('DPOR', 'DPOR')
) t(type, name);

-- R12: certification lists (level: Intermediate or Advanced), canonical name, then the alias
-- without the program prefix ("Microsoft 365 Certified: " or "Microsoft Certified: "), the
-- seed's wording and the single-exam code. Endpoint Administrator is the rename of Modern Desktop
-- Administrator: the old name and its alias count as it. MS-600 maps to Teams Application
-- Developer in 2023; Developer Associate is not listed.
CREATE OR REPLACE TEMP TABLE rs_certification_src AS
SELECT * FROM (VALUES
    ('Intermediate', 'Microsoft 365 Certified: Fundamentals', 'Microsoft 365 Certified: Fundamentals'),
    ('Intermediate', 'Microsoft 365 Certified: Fundamentals', 'Fundamentals'),
    ('Intermediate', 'Microsoft 365 Certified: Fundamentals', 'Microsoft 365 Fundamentals'),
    ('Intermediate', 'Microsoft 365 Certified: Fundamentals', 'MS-900'),
    ('Intermediate', 'Microsoft 365 Certified: Teams Application Developer Associate', 'Microsoft 365 Certified: Teams Application Developer Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Teams Application Developer Associate', 'Teams Application Developer Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Teams Application Developer Associate', 'MS-600'),
    ('Intermediate', 'Microsoft 365 Certified: Teams Administrator Associate', 'Microsoft 365 Certified: Teams Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Teams Administrator Associate', 'Teams Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Teams Administrator Associate', 'MS-700'),
    ('Intermediate', 'Microsoft 365 Certified: Messaging Administrator Associate', 'Microsoft 365 Certified: Messaging Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Messaging Administrator Associate', 'Messaging Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Messaging Administrator Associate', 'MS-203'),
    ('Intermediate', 'Microsoft Certified: Identity and Access Administrator Associate', 'Microsoft Certified: Identity and Access Administrator Associate'),
    ('Intermediate', 'Microsoft Certified: Identity and Access Administrator Associate', 'Identity and Access Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate', 'Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate', 'Collaboration Communications Systems Engineer Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Endpoint Administrator Associate', 'Microsoft 365 Certified: Endpoint Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Endpoint Administrator Associate', 'Endpoint Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Endpoint Administrator Associate', 'Microsoft 365 Certified: Modern Desktop Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Endpoint Administrator Associate', 'Modern Desktop Administrator Associate'),
    ('Intermediate', 'Microsoft 365 Certified: Endpoint Administrator Associate', 'Managing Modern Desktops'),
    ('Advanced',     'Microsoft 365 Certified: Enterprise Administrator Expert', 'Microsoft 365 Certified: Enterprise Administrator Expert'),
    ('Advanced',     'Microsoft 365 Certified: Enterprise Administrator Expert', 'Enterprise Administrator Expert')
) t(level, certification, name);

-- R7: bands, PAU in (pau_above, pau_at_most]; pau_at_most NULL means unbounded. ord: R22 order.
CREATE OR REPLACE TEMP TABLE rs_path AS
SELECT * FROM (VALUES
    ('Enterprise', 1, 300::BIGINT, NULL::BIGINT),
    ('SMB',        2, 10::BIGINT,  300::BIGINT)
) t(path, ord, pau_above, pau_at_most);

-- R8, R14, R16, R19: association types of each path, in rule-set order (R14 ties), with the
-- usage-growth and deployments thresholds of each type.
CREATE OR REPLACE TEMP TABLE rs_path_type AS
SELECT * FROM (VALUES
    ('Enterprise', 'CPOR', 1, 1000::DECIMAL(18,4), 5::DECIMAL(18,4)),
    ('Enterprise', 'DPOR', 2, 4000::DECIMAL(18,4), 10::DECIMAL(18,4)),
    ('SMB',        'CPOR', 1, 500::DECIMAL(18,4),  5::DECIMAL(18,4)),
    ('SMB',        'CSP',  2, 2000::DECIMAL(18,4), 10::DECIMAL(18,4))
) t(path, type, ord, usage_growth_threshold, deployments_threshold);

-- R9-R19: per path and metric, maximum points and (for the type-less metrics) the threshold.
CREATE OR REPLACE TEMP TABLE rs_metric AS
SELECT * FROM (VALUES
    ('Enterprise', 'NetCustomerAdds',            1, 5::DECIMAL(18,4),    20::DECIMAL(18,4)),
    ('Enterprise', 'IntermediateCertifications', 2, 4::DECIMAL(18,4),    10::DECIMAL(18,4)),
    ('Enterprise', 'AdvancedCertifications',     3, 2::DECIMAL(18,4),    15::DECIMAL(18,4)),
    ('Enterprise', 'UsageGrowth',                4, NULL::DECIMAL(18,4), 30::DECIMAL(18,4)),
    ('Enterprise', 'Deployments',                5, NULL::DECIMAL(18,4), 25::DECIMAL(18,4)),
    ('SMB',        'NetCustomerAdds',            1, 10::DECIMAL(18,4),   20::DECIMAL(18,4)),
    ('SMB',        'IntermediateCertifications', 2, 2::DECIMAL(18,4),    10::DECIMAL(18,4)),
    ('SMB',        'AdvancedCertifications',     3, 1::DECIMAL(18,4),    15::DECIMAL(18,4)),
    ('SMB',        'UsageGrowth',                4, NULL::DECIMAL(18,4), 30::DECIMAL(18,4)),
    ('SMB',        'Deployments',                5, NULL::DECIMAL(18,4), 25::DECIMAL(18,4))
) t(path, metric, ord, threshold, max_points);

-- R15, R17, R21: the named parameters (and R21's qualifying total).
CREATE OR REPLACE TEMP TABLE rs_parameter AS
SELECT * FROM (VALUES
    ('Subtract', 0.40::DECIMAL(9,4), 'Greater', 1::DECIMAL(18,4), 70::DECIMAL(18,4))
) t(lost_pairs, deployment_ratio, deployment_comparison, min_points_per_metric, qualifying_total);
