package org.strategyatlas.bench.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Currency;
import java.util.Locale;

/**
 * Creates {@code iso_country(alpha2, alpha3, currency)} in DuckDB from the JDK's ISO 3166 and ISO 4217 tables,
 * which is where the job's {@code Currencies} looks up issuing economies and own currencies.
 */
final class IsoCountries {

    private IsoCountries() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE iso_country (alpha2 VARCHAR, alpha3 VARCHAR, currency VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO iso_country VALUES (?, ?, ?)")) {
            for (String alpha2 : Locale.getISOCountries()) {
                Locale country = new Locale("", alpha2);
                insert.setString(1, alpha2);
                insert.setString(2, country.getISO3Country());
                insert.setString(3, currency(country));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The country's currency code, or null when ISO 4217 gives it none (Antarctica). */
    private static String currency(Locale country) {
        try {
            Currency currency = Currency.getInstance(country);
            return currency == null ? null : currency.getCurrencyCode();
        } catch (IllegalArgumentException noCurrency) {
            return null;
        }
    }
}
