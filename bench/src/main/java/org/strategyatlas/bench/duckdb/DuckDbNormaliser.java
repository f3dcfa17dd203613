package org.strategyatlas.bench.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs {@code duckdb/normalise_compare.sql} in an in-memory DuckDB over one dataset, times each step, and keeps
 * the connection open so that the results can be read.
 */
public final class DuckDbNormaliser implements AutoCloseable {

    static final String SCRIPT = "/duckdb/normalise_compare.sql";

    /** The step that loads the driver and opens the in-memory database. */
    public static final String CONNECT = "connect";

    /** The per-figure measure columns of the {@code normalised} table, as {@code figures_normalised.csv} names them. */
    public static final List<String> MEASURE_COLUMNS = List.of(
            "nominal_usd_low", "nominal_usd_high", "constant_usd_low", "constant_usd_high",
            "ppp_intl_usd_low", "ppp_intl_usd_high", "per_capita_usd_low", "per_capita_usd_high",
            "pct_gdp_low", "pct_gdp_high", "pct_gdp_per_year_low", "pct_gdp_per_year_high",
            "annual_constant_usd_low", "annual_constant_usd_high", "per_million_low", "per_million_high");

    private final Connection connection;
    private final Map<String, Long> stepMillis;

    private DuckDbNormaliser(Connection connection, Map<String, Long> stepMillis) {
        this.connection = connection;
        this.stepMillis = stepMillis;
    }

    /**
     * @param data      folder with figures.csv, initiatives.csv and metrics.csv
     * @param reference folder with the reference tables
     * @param baseYear  the base year, or null for the job's default
     */
    public static DuckDbNormaliser run(Path data, Path reference, Integer baseYear) throws SQLException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(reference, "reference");
        SqlScript script = SqlScript.parse(scriptText(), Map.of(
                "data", SqlScript.literal(data.toAbsolutePath().toString()),
                "reference", SqlScript.literal(reference.toAbsolutePath().toString()),
                "base_year", baseYear == null ? "NULL" : Integer.toString(baseYear)));
        long connecting = System.nanoTime();
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try {
            Map<String, Long> millis = new LinkedHashMap<>();
            millis.put(CONNECT, (System.nanoTime() - connecting) / 1_000_000);
            long start = System.nanoTime();
            IsoCountries.create(connection);
            millis.put(SqlScript.SETUP, (System.nanoTime() - start) / 1_000_000);
            for (SqlScript.Step step : script.steps()) {
                long stepStart = System.nanoTime();
                try (Statement s = connection.createStatement()) {
                    for (String sql : step.statements()) {
                        s.execute(sql);
                    }
                }
                millis.merge(step.name(), (System.nanoTime() - stepStart) / 1_000_000, Long::sum);
            }
            return new DuckDbNormaliser(connection, millis);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Milliseconds per step, in the order they ran: {@value #CONNECT} (loading the driver and opening the
     * database), then the script's steps ({@code setup} includes creating the ISO table).
     */
    public Map<String, Long> stepMillis() {
        return Collections.unmodifiableMap(stepMillis);
    }

    /** The DuckDB version, e.g. "v1.5.6". */
    public String engineVersion() throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion();
    }

    public int baseYear() throws SQLException {
        return (int) single("SELECT year FROM base");
    }

    public long figureCount() throws SQLException {
        return single("SELECT count(*) FROM normalised");
    }

    /**
     * Initiatives that would be counted in a total but are left out because an enclosing initiative is counted in
     * the headline or in the same total (the breakdown's status "contained in").
     */
    public long coveredInitiatives() throws SQLException {
        return single("SELECT count(*) FROM covered");
    }

    /** Every jurisdiction that has an initiative, in code order. */
    public List<CountryTotals> totals() throws SQLException {
        List<CountryTotals> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM country_totals ORDER BY jurisdiction")) {
            while (rs.next()) {
                out.add(new CountryTotals(rs.getString("jurisdiction"), doubles(rs, CountryTotals.COLUMNS)));
            }
        }
        return out;
    }

    /** Figure id to its measures ({@link #MEASURE_COLUMNS}); meant for small datasets. */
    public Map<String, Map<String, Double>> normalisedFigures() throws SQLException {
        Map<String, Map<String, Double>> out = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM normalised")) {
            while (rs.next()) {
                out.put(rs.getString("figure_id"), doubles(rs, MEASURE_COLUMNS));
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next() || rs.getObject(1) == null) {
                throw new SQLException("no value from: " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static Map<String, Double> doubles(ResultSet rs, List<String> columns) throws SQLException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String column : columns) {
            double value = rs.getDouble(column);
            values.put(column, rs.wasNull() ? null : value);
        }
        return values;
    }

    static String scriptText() {
        try (InputStream in = DuckDbNormaliser.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SCRIPT + " is missing from the bench jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
