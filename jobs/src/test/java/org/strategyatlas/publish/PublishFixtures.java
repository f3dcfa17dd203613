package org.strategyatlas.publish;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Small tables and run metadata shared by the publish tests, each row carrying one real-world quirk. */
final class PublishFixtures {

    static final List<Column> COLUMNS = List.of(
            Column.text("economy", "ISO 3166-1 alpha-3 code"),
            Column.text("name", "initiative name as published"),
            Column.integer("year", "", "announcement year"),
            Column.decimal("constant_usd", "constant 2024 US$", "total in constant 2024 US$"),
            Column.decimal("pct_gdp", "% of GDP", "annual amount as a share of GDP"),
            Column.decimal("change", "", "change since the previous figure"),
            new Column("exact", ColumnType.BOOLEAN, "", "whether the figure is exact"),
            Column.text("note", "free-text note"));

    private PublishFixtures() {
    }

    /** Text, negatives, a huge and a tiny double, formula-looking text and RFC 4180 quoting in one table. */
    static Table initiatives() {
        return new Table("initiatives", "Initiatives by economy", COLUMNS, List.of(
                row("FRA", "France 2030", 2021L, 1.09e11, 3.2e-7, -12.5, true, "=SUM(A1)"),
                row("DEU", "@cmd", 2023, new BigDecimal("-2500000000.50"), null, -3.0, false,
                        "says \"up to\", then\nmore"),
                row("USA", "a, b", -5, 0.1, -0.0, new BigDecimal("1E+3"), null, "+plus"),
                row("EUU", "Économie – 54 Mrd. €", null, null, 1e-3, -7L, true, "-minus text")));
    }

    /** A table whose name is longer than a sheet name may be. */
    static Table longNamed() {
        return new Table("constant_usd_by_economy_and_year_2024", "Totals by economy and year",
                List.of(Column.text("economy", "ISO code"), Column.decimal("total", "constant 2024 US$", "total")),
                List.of(row("FRA", 5.4e10), row("DEU", null)));
    }

    /** Whitespace a spreadsheet or an XML writer could alter: leading tab and CR, CRLF inside, edge spaces. */
    static Table whitespace() {
        return new Table("whitespace", "Whitespace kept", List.of(Column.text("text", "text"),
                new Column("flag", ColumnType.BOOLEAN, "", "flag")), List.of(
                row("\tTAB", true), row("\rCR", false), row("two\r\nlines", null), row(" padded ", true)));
    }

    static RunMetadata meta() {
        return new RunMetadata("2024-05-01T120000Z-abc123", 2024, "USD",
                List.of("Amounts converted at annual average exchange rates (WDI PA.NUS.FCRF).",
                        "Deflated with the issuing economy's GDP deflator to constant 2024 US$."),
                List.of("S001: France 2030, Gouvernement, https://www.gouvernement.fr/france-2030"),
                List.of("wdi.csv: World Bank WDI, last updated 2024-03-28, CC BY 4.0"));
    }

    static List<Object> row(Object... cells) {
        // Arrays.asList keeps nulls, which List.of refuses
        return Arrays.asList(cells);
    }
}
