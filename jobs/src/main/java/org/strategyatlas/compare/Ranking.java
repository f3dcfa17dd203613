package org.strategyatlas.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strategyatlas.normalise.Measure;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Ranks jurisdictions with Tablesaw on the driver: by investment, per capita and share of GDP per year (each by
 * its low), 1 for the largest; jurisdictions without a value are not ranked. Returns the rows in ranking order.
 */
final class Ranking {

    private Ranking() {
    }

    static List<CountryComparison.JurisdictionRow> rank(List<CountryComparison.JurisdictionRow> rows,
                                                        String currency) {
        Table table = Table.create("ranks",
                StringColumn.create("jurisdiction", rows.stream().map(r -> r.jurisdiction).toList()),
                column("investment", rows, Measure.CONSTANT),
                column("per_capita", rows, Measure.PER_CAPITA),
                column("pct_gdp_per_year", rows, Measure.PCT_GDP_PER_YEAR));
        Map<String, CountryComparison.JurisdictionRow> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.jurisdiction, r));
        assign(table, "investment", byCode, (r, rank) -> r.rankInvestment = rank);
        assign(table, "per_capita", byCode, (r, rank) -> r.rankPerCapita = rank);
        assign(table, "pct_gdp_per_year", byCode, (r, rank) -> r.rankPctGdp = rank);

        List<CountryComparison.JurisdictionRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((CountryComparison.JurisdictionRow r) -> r.rankInvestment,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(r -> r.jurisdiction));
        return ordered;
    }

    private static DoubleColumn column(String name, List<CountryComparison.JurisdictionRow> rows, Measure m) {
        DoubleColumn column = DoubleColumn.create(name);
        for (CountryComparison.JurisdictionRow r : rows) {
            Double low = r.inTotals == 0 ? null : r.low(m);
            if (low == null || low <= 0) {
                column.appendMissing();
            } else {
                column.append(low);
            }
        }
        return column;
    }

    private static void assign(Table table, String column, Map<String, CountryComparison.JurisdictionRow> byCode,
                               java.util.function.BiConsumer<CountryComparison.JurisdictionRow, Integer> setter) {
        Table ranked = table.where(table.doubleColumn(column).isNotMissing())
                .sortOn(Comparator.comparing((tech.tablesaw.api.Row row) -> -row.getDouble(column))
                        .thenComparing(row -> row.getString("jurisdiction")));
        int rank = 0;
        for (tech.tablesaw.api.Row row : ranked) {
            setter.accept(byCode.get(row.getString("jurisdiction")), ++rank);
        }
    }
}
