-- Normalise + compare in DuckDB: the computation of `atlas run` (Normaliser, BaseYear, Breakdown,
-- CountryComparison: the headline totals) written as SQL, so that the benchmark compares like with like.
-- DuckDbNormaliser runs it; DuckDbMatchesAtlasTest checks its results against the job's own tables.
--
-- Placeholders, replaced before the script runs (paths as SQL string literals):
--   ${data}       folder with figures.csv, initiatives.csv, metrics.csv (the formats of data/README.md)
--   ${reference}  folder with the reference tables (data/reference/README.md)
--   ${base_year}  a base year, or NULL for the job's default (the latest complete year, as BaseYear)
-- The harness also creates iso_country(alpha2, alpha3, currency) from the JDK's ISO 3166 and ISO 4217
-- tables, the tables Currencies reads: DuckDB has none of its own.
--
-- Each statement ends with ';' at the end of a line; a line `-- step: NAME` starts a timed step.

-- This machine has 2 cores; the Spark job runs on local[*], i.e. 2 threads too.
PRAGMA threads=2;

-- step: read
-- Only the columns the computation uses; every cell read as text and cast by name, so column order is free
-- (as data/README.md allows). An empty cell is NULL, as it is "not stated" for the job.
CREATE TEMP TABLE figures AS
SELECT id,
       initiative,
       metric,
       unit,
       CAST(NULLIF(low, '') AS DOUBLE) AS low,
       CAST(NULLIF(high, '') AS DOUBLE) AS high,
       qualifier,
       NULLIF(basis, '') AS basis,
       NULLIF(funding, '') AS funding,
       kind,
       CAST(NULLIF(price_year, '') AS INTEGER) AS price_year,
       NULLIF(superseded_by, '') AS superseded_by
FROM read_csv(${data} || '/figures.csv', header = true, all_varchar = true, quote = '"', escape = '"');

CREATE TEMP TABLE initiatives AS
SELECT id,
       jurisdiction,
       CAST(substr(announced, 1, 4) AS INTEGER) AS announced_year,
       -- Initiative.horizonYears: end - start + 1 for every horizon kind but open
       CASE WHEN horizon_kind = 'open' THEN NULL
            ELSE CAST(NULLIF(end_year, '') AS INTEGER) - CAST(NULLIF(start_year, '') AS INTEGER) + 1
       END AS horizon_years,
       NULLIF(contained_in, '') AS contained_in,
       scope,
       CAST(NULLIF(ai_share_low, '') AS DOUBLE) AS ai_share_low,
       CAST(NULLIF(ai_share_high, '') AS DOUBLE) AS ai_share_high,
       NULLIF(superseded_by, '') AS superseded_by
FROM read_csv(${data} || '/initiatives.csv', header = true, all_varchar = true, quote = '"', escape = '"');

CREATE TEMP TABLE metrics AS
SELECT metric, type = 'money' AS money, per_capita = 'true' AS per_capita
FROM read_csv(${data} || '/metrics.csv', header = true, all_varchar = true, quote = '"', escape = '"');

-- Reference values by indicator, economy and year (the five files have the same columns).
CREATE TEMP TABLE reference AS
SELECT indicator, economy, CAST(year AS INTEGER) AS year, CAST(value AS DOUBLE) AS value
FROM read_csv([${reference} || '/pa.nus.fcrf.csv', ${reference} || '/atlas.gdp.defl.index.csv',
               ${reference} || '/pa.nus.ppp.csv', ${reference} || '/sp.pop.totl.csv',
               ${reference} || '/ny.gdp.mktp.cd.csv'],
              header = true, all_varchar = true);

-- step: normalise
-- Currencies.issuer: the euro is the euro area's (EMU); X.. codes have no issuing economy; any other ISO 4217
-- code begins with the alpha-2 code of the country whose series apply.
CREATE TEMP TABLE currency_issuer AS
SELECT u.unit,
       CASE WHEN u.unit = 'EUR' THEN 'EMU'
            WHEN length(u.unit) <> 3 OR u.unit LIKE 'X%' THEN NULL
            ELSE c.alpha3 END AS economy
FROM (SELECT DISTINCT unit FROM figures WHERE unit <> 'count') u
LEFT JOIN iso_country c ON c.alpha2 = substr(u.unit, 1, 2);

-- Currencies.own: the EU and the euro area count the euro as their own.
CREATE TEMP TABLE own_currency AS
SELECT alpha3 AS jurisdiction, currency FROM iso_country WHERE alpha3 NOT IN ('EUU', 'EMU')
UNION ALL SELECT 'EUU', 'EUR'
UNION ALL SELECT 'EMU', 'EUR';

-- BaseYear.latestComplete: the latest year from 2000 in which every money currency that has an issuing
-- economy has an exchange rate and a deflator (USD target); none when no currency has an issuer. It asks only
-- whether a row exists, whatever its value.
CREATE TEMP TABLE base AS
WITH issuers AS (SELECT DISTINCT economy FROM currency_issuer WHERE economy IS NOT NULL),
     complete AS (
         SELECT y.year
         FROM range(2000, 2101) AS y(year)
         WHERE (SELECT count(*) FROM issuers) > 0
           AND NOT EXISTS (
               SELECT 1 FROM issuers i
               WHERE NOT EXISTS (SELECT 1 FROM reference r WHERE r.indicator = 'PA.NUS.FCRF'
                                   AND r.economy = i.economy AND r.year = y.year)
                  OR NOT EXISTS (SELECT 1 FROM reference r WHERE r.indicator = 'ATLAS.GDP.DEFL.INDEX'
                                   AND r.economy = i.economy AND r.year = y.year)))
SELECT CAST(coalesce(${base_year}, (SELECT max(year) FROM complete)) AS INTEGER) AS year;

-- Per figure: its initiative's jurisdiction, announcement year and horizon, and the metric catalogue.
-- The price year defaults to the announcement year; a per-year figure is an amount for 1 year.
CREATE TEMP TABLE framed AS
SELECT f.id AS figure_id, f.initiative AS initiative_id, i.jurisdiction, f.metric, m.money, m.per_capita,
       f.unit, f.low, f.high, f.qualifier, coalesce(f.price_year, i.announced_year) AS price_year,
       CASE WHEN f.kind = 'per_year' THEN 1 ELSE i.horizon_years END AS years,
       f.kind, f.basis, f.funding, f.superseded_by
FROM figures f
JOIN initiatives i ON i.id = f.initiative
JOIN metrics m ON m.metric = f.metric;

-- The factors depend only on (unit, jurisdiction, price year): computed once per combination, then joined to
-- every figure. They are formed in Normaliser's order of operations so that both give the same doubles.
-- One row per economy and year with the five indicators as columns; Normaliser treats a zero or negative value
-- as no value.
CREATE TEMP TABLE yearly AS
SELECT economy, year,
       max(value) FILTER (WHERE indicator = 'PA.NUS.FCRF' AND value > 0) AS fx,
       max(value) FILTER (WHERE indicator = 'ATLAS.GDP.DEFL.INDEX' AND value > 0) AS defl,
       max(value) FILTER (WHERE indicator = 'PA.NUS.PPP' AND value > 0) AS ppp,
       max(value) FILTER (WHERE indicator = 'SP.POP.TOTL' AND value > 0) AS pop,
       max(value) FILTER (WHERE indicator = 'NY.GDP.MKTP.CD' AND value > 0) AS gdp
FROM reference
GROUP BY economy, year;

CREATE TEMP TABLE factors AS
WITH combos AS (SELECT DISTINCT unit, jurisdiction, price_year FROM framed),
     looked_up AS (
         -- exchange rate and deflator of the issuing economy in the price year (p) and the base year (b);
         -- PPP, population and GDP of the jurisdiction (j) in the price year
         SELECT c.unit, c.jurisdiction, c.price_year, ci.economy,
                p.fx AS fx_p, b.fx AS fx_b, p.defl AS defl_p, b.defl AS defl_b, j.ppp, j.pop, j.gdp,
                own.currency = c.unit AS own_currency
         FROM combos c
         CROSS JOIN base
         LEFT JOIN currency_issuer ci ON ci.unit = c.unit
         LEFT JOIN yearly p ON p.economy = ci.economy AND p.year = c.price_year
         LEFT JOIN yearly b ON b.economy = ci.economy AND b.year = base.year
         LEFT JOIN yearly j ON j.economy = c.jurisdiction AND j.year = c.price_year
         LEFT JOIN own_currency own ON own.jurisdiction = c.jurisdiction)
SELECT unit, jurisdiction, price_year, economy, ppp, pop,
       CASE WHEN economy IS NOT NULL THEN 1 / fx_p END AS nominal_f,
       -- deflate in local currency from the price year to the base year, convert at the base year's rate
       CASE WHEN economy IS NOT NULL THEN defl_b / defl_p / fx_b * 1.0 END AS constant_f,
       CASE WHEN economy IS NOT NULL AND own_currency THEN ppp END AS own_ppp,
       CASE WHEN economy IS NOT NULL THEN defl_b / defl_p / fx_b * 1.0 / pop END AS per_capita_f,
       CASE WHEN economy IS NOT NULL THEN 1 / fx_p / gdp * 100 END AS pct_gdp_f
FROM looked_up;

-- Every figure in comparable units (a NULL wherever Normaliser leaves a cell empty). Money measures apply to
-- money figures only, per_million to count figures whose metric is meaningful per inhabitant.
CREATE TEMP TABLE normalised AS
SELECT g.figure_id, g.initiative_id, g.jurisdiction, g.metric, g.money, g.unit, g.qualifier, g.kind, g.basis,
       g.funding, g.superseded_by, g.price_year, g.years, g.low, g.high,
       CASE WHEN g.money THEN g.low * x.nominal_f END AS nominal_usd_low,
       CASE WHEN g.money THEN g.high * x.nominal_f END AS nominal_usd_high,
       CASE WHEN g.money THEN g.low * x.constant_f END AS constant_usd_low,
       CASE WHEN g.money THEN g.high * x.constant_f END AS constant_usd_high,
       CASE WHEN g.money THEN g.low / x.own_ppp END AS ppp_intl_usd_low,
       CASE WHEN g.money THEN g.high / x.own_ppp END AS ppp_intl_usd_high,
       CASE WHEN g.money THEN g.low * x.per_capita_f END AS per_capita_usd_low,
       CASE WHEN g.money THEN g.high * x.per_capita_f END AS per_capita_usd_high,
       CASE WHEN g.money THEN g.low * x.pct_gdp_f END AS pct_gdp_low,
       CASE WHEN g.money THEN g.high * x.pct_gdp_f END AS pct_gdp_high,
       CASE WHEN g.money THEN g.low * x.pct_gdp_f / g.years END AS pct_gdp_per_year_low,
       CASE WHEN g.money THEN g.high * x.pct_gdp_f / g.years END AS pct_gdp_per_year_high,
       CASE WHEN g.money THEN g.low * x.constant_f / g.years END AS annual_constant_usd_low,
       CASE WHEN g.money THEN g.high * x.constant_f / g.years END AS annual_constant_usd_high,
       CASE WHEN NOT g.money AND g.per_capita THEN g.low / x.pop * 1e6 END AS per_million_low,
       CASE WHEN NOT g.money AND g.per_capita THEN g.high / x.pop * 1e6 END AS per_million_high
FROM framed g
JOIN factors x ON x.unit = g.unit AND x.jurisdiction = g.jurisdiction AND x.price_year = g.price_year;


-- step: compare
-- Breakdown, step 1: the investment money figures (metric investment, a money metric) with their commitment
-- class, ranked from the firmest (CommitmentClass: 1 budgeted, 2 planned, 3 pledged, 4 targets and reports; a
-- cancellation, or no basis, has none). A figure is live when it is of kind total, not a cancellation and not
-- superseded.
CREATE TEMP TABLE investment AS
SELECT n.*,
       CASE n.basis
            WHEN 'appropriation' THEN 1
            WHEN 'budget_request' THEN 2
            WHEN 'proposal' THEN 2
            WHEN 'commitment' THEN 2
            WHEN 'credit' THEN 2
            WHEN 'pledge' THEN 3
            WHEN 'mobilisation_target' THEN 4
            WHEN 'aum_target' THEN 4
            WHEN 'estimate' THEN 4
            WHEN 'reported' THEN 4
       END AS class_rank,
       (n.kind = 'total' AND coalesce(n.basis, '') <> 'cancellation' AND n.superseded_by IS NULL) AS live
FROM normalised n
WHERE n.metric = 'investment' AND n.money;

-- The counted figures: an initiative's live figures of its firmest class among them (a live figure without a
-- class counts for nothing, as in Breakdown, where its rank is NULL).
CREATE TEMP TABLE counted_figures AS
WITH best AS (
    SELECT initiative_id, min(class_rank) AS best
    FROM investment
    WHERE live
    GROUP BY initiative_id
)
SELECT f.*
FROM investment f
JOIN best b ON b.initiative_id = f.initiative_id
WHERE f.live AND f.class_rank = b.best;

-- Breakdown, step 2: per initiative with counted figures, its class and the envelope of those figures, whatever
-- their funding (lowest low, highest high); `open_high` for an "at least" figure, `*_na` when a counted figure
-- has no value for a measure.
CREATE TEMP TABLE envelopes AS
SELECT jurisdiction, initiative_id,
       min(class_rank) AS class_rank,
       max(CASE WHEN qualifier = 'at_least' THEN 1 ELSE 0 END) AS open_high,
       min(constant_usd_low) AS constant_lo, max(constant_usd_high) AS constant_hi,
       max(CASE WHEN constant_usd_low IS NULL AND constant_usd_high IS NULL THEN 1 ELSE 0 END) AS constant_na,
       min(per_capita_usd_low) AS per_capita_lo, max(per_capita_usd_high) AS per_capita_hi,
       max(CASE WHEN per_capita_usd_low IS NULL AND per_capita_usd_high IS NULL THEN 1 ELSE 0 END) AS per_capita_na,
       min(annual_constant_usd_low) AS annual_lo, max(annual_constant_usd_high) AS annual_hi,
       min(pct_gdp_per_year_low) AS pct_year_lo, max(pct_gdp_per_year_high) AS pct_year_hi
FROM counted_figures
GROUP BY jurisdiction, initiative_id;

-- The total each initiative would be counted in (its key): none when it has no counted figure or is itself
-- superseded; `broader` for a broader package without a stated AI share; `targets` for the class targets and
-- reports; else `headline`.
CREATE TEMP TABLE initiative_keys AS
SELECT i.id AS initiative_id, i.contained_in,
       CASE WHEN e.initiative_id IS NULL OR i.superseded_by IS NOT NULL THEN NULL
            WHEN i.scope = 'broader' AND i.ai_share_low IS NULL THEN 'broader'
            WHEN e.class_rank = 4 THEN 'targets'
            ELSE 'headline'
       END AS key
FROM initiatives i
LEFT JOIN envelopes e ON e.initiative_id = i.id;

-- Breakdown, step 3: an initiative with a key is covered (not counted) when an enclosing initiative
-- (contained_in, transitively, whatever the keys in between) is counted in the headline or in the same total.
-- The ancestors come from a recursive CTE; ingest refuses cycles, and the depth limit only keeps a cycle that
-- slipped through from running for ever.
CREATE TEMP TABLE covered AS
WITH RECURSIVE ancestors(id, ancestor, depth) AS (
    SELECT id, contained_in, 1 FROM initiatives WHERE contained_in IS NOT NULL
    UNION ALL
    SELECT a.id, i.contained_in, a.depth + 1
    FROM ancestors a
    JOIN initiatives i ON i.id = a.ancestor
    WHERE i.contained_in IS NOT NULL AND a.depth < 1000
)
SELECT DISTINCT k.initiative_id
FROM ancestors a
JOIN initiative_keys k ON k.initiative_id = a.id
JOIN initiative_keys p ON p.initiative_id = a.ancestor
WHERE k.key IS NOT NULL AND (p.key = 'headline' OR p.key = k.key);

-- Breakdown, step 4: each counted initiative once, in its total, its envelope scaled by a stated AI share
-- (lows by the share's low, highs by its high).
CREATE TEMP TABLE initiative_totals AS
SELECT e.jurisdiction, e.initiative_id, k.key AS counted_in, e.open_high,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.constant_lo * i.ai_share_low ELSE e.constant_lo END
           AS constant_lo,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.constant_hi * i.ai_share_high ELSE e.constant_hi END
           AS constant_hi,
       e.constant_na,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.per_capita_lo * i.ai_share_low ELSE e.per_capita_lo END
           AS per_capita_lo,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.per_capita_hi * i.ai_share_high ELSE e.per_capita_hi END
           AS per_capita_hi,
       e.per_capita_na,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.annual_lo * i.ai_share_low ELSE e.annual_lo END AS annual_lo,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.annual_hi * i.ai_share_high ELSE e.annual_hi END AS annual_hi,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.pct_year_lo * i.ai_share_low ELSE e.pct_year_lo END
           AS pct_year_lo,
       CASE WHEN i.ai_share_low IS NOT NULL THEN e.pct_year_hi * i.ai_share_high ELSE e.pct_year_hi END
           AS pct_year_hi
FROM envelopes e
JOIN initiative_keys k ON k.initiative_id = e.initiative_id
JOIN initiatives i ON i.id = e.initiative_id
ANTI JOIN covered c ON c.initiative_id = e.initiative_id
WHERE k.key IS NOT NULL;

-- CountryComparison, the headline: per jurisdiction, the sums over the initiatives counted in the headline; the
-- sum of lows (an "up to" figure adds 0) and of highs. A total is empty when no counted initiative has a value
-- for the measure; the high is empty when any initiative is open-ended, or (constant money, per capita) has no
-- value. A per-year measure leaves out plans without a horizon by definition, so they do not empty its high.
-- (The job adds in fixed point; doubles agree with it to far better than 1e-9 relative.)
CREATE TEMP TABLE country_totals AS
WITH sums AS (
    SELECT jurisdiction, count(*) AS initiatives, sum(open_high) AS open_high,
           count(*) FILTER (WHERE constant_lo IS NOT NULL OR constant_hi IS NOT NULL) AS constant_valued,
           sum(coalesce(constant_lo, 0)) AS constant_low, sum(constant_hi) AS constant_high,
           sum(constant_na) AS constant_missing,
           count(*) FILTER (WHERE per_capita_lo IS NOT NULL OR per_capita_hi IS NOT NULL) AS per_capita_valued,
           sum(coalesce(per_capita_lo, 0)) AS per_capita_low, sum(per_capita_hi) AS per_capita_high,
           sum(per_capita_na) AS per_capita_missing,
           count(*) FILTER (WHERE annual_lo IS NOT NULL OR annual_hi IS NOT NULL) AS annual_valued,
           sum(coalesce(annual_lo, 0)) AS annual_low, sum(annual_hi) AS annual_high,
           count(*) FILTER (WHERE pct_year_lo IS NOT NULL OR pct_year_hi IS NOT NULL) AS pct_year_valued,
           sum(coalesce(pct_year_lo, 0)) AS pct_year_low, sum(pct_year_hi) AS pct_year_high
    FROM initiative_totals
    WHERE counted_in = 'headline'
    GROUP BY jurisdiction
)
SELECT j.jurisdiction,
       coalesce(s.initiatives, 0) AS counted_initiatives,
       CASE WHEN s.constant_valued > 0 THEN s.constant_low END AS investment_constant_usd_low,
       CASE WHEN s.constant_valued > 0 AND s.open_high = 0 AND s.constant_missing = 0
            THEN coalesce(s.constant_high, 0) END AS investment_constant_usd_high,
       CASE WHEN s.per_capita_valued > 0 THEN s.per_capita_low END AS per_capita_usd_low,
       CASE WHEN s.per_capita_valued > 0 AND s.open_high = 0 AND s.per_capita_missing = 0
            THEN coalesce(s.per_capita_high, 0) END AS per_capita_usd_high,
       CASE WHEN s.annual_valued > 0 THEN s.annual_low END AS annual_constant_usd_low,
       CASE WHEN s.annual_valued > 0 AND s.open_high = 0
            THEN coalesce(s.annual_high, 0) END AS annual_constant_usd_high,
       CASE WHEN s.pct_year_valued > 0 THEN s.pct_year_low END AS pct_gdp_per_year_low,
       CASE WHEN s.pct_year_valued > 0 AND s.open_high = 0
            THEN coalesce(s.pct_year_high, 0) END AS pct_gdp_per_year_high
FROM (SELECT DISTINCT jurisdiction FROM initiatives) j
LEFT JOIN sums s ON s.jurisdiction = j.jurisdiction;
