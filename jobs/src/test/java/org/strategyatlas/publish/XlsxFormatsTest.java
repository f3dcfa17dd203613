package org.strategyatlas.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxFormatsTest {

    @ParameterizedTest(name = "{0} {1} [{2}] -> {3}")
    @CsvSource(delimiter = '|', value = {
            "count         | INTEGER | persons                      | #,##0",
            "initiatives   | INTEGER | ''                           | #,##0",
            "year          | INTEGER | ''                           | 0",
            "price_year    | INTEGER | ''                           | 0",
            "year_end      | INTEGER | ''                           | 0",
            "years_left    | INTEGER | years                        | #,##0",
            "constant_usd  | DECIMAL | constant 2024 US$            | #,##0",
            "nominal_usd   | DECIMAL | current US$                  | #,##0",
            "amount        | DECIMAL | EUR                          | #,##0",
            "ppp_intl_usd  | DECIMAL | int-$ (PPP)                  | #,##0",
            "per_capita    | DECIMAL | constant 2024 US$ per person | #,##0.00",
            "nominal_usd   | DECIMAL | 'current US$, market exchange rate of the price year' | #,##0",
            "constant_eur  | DECIMAL | 'constant 2024 EUR, GDP deflator of the issuing economy' | #,##0",
            "ppp_intl_usd  | DECIMAL | current international $ (PPP) of the price year | #,##0",
            "per_capita_usd | DECIMAL | constant 2024 US$ per inhabitant | #,##0.00",
            "annual_constant_usd | DECIMAL | constant 2024 US$ per year of the plan | #,##0",
            "pct_gdp       | DECIMAL | % of the jurisdiction's GDP in the price year | 0.000000",
            "amount_eur    | DECIMAL | €                            | #,##0",
            "price_year    | INTEGER | year                         | 0",
            "pct_gdp       | DECIMAL | % of GDP                     | 0.000000",
            "share         | DECIMAL | percent                      | 0.000000",
            "per_million   | DECIMAL | per million people           | #,##0.00",
            "ratio         | DECIMAL | ''                           | #,##0.00",
    })
    void numberFormatFollowsTypeNameAndUnit(String name, ColumnType type, String unit, String expected) {
        assertEquals(expected, XlsxFormats.numberFormat(new Column(name, type, unit, "")));
    }

    @Test
    void textAndBooleanColumnsHaveNoNumberFormat() {
        assertNull(XlsxFormats.numberFormat(Column.text("c", "")));
        assertNull(XlsxFormats.numberFormat(new Column("c", ColumnType.BOOLEAN, "", "")));
    }

    @Test
    void widthFitsTheDisplayedNumberAndIsCapped() {
        Column money = Column.decimal("usd", "US$", "");
        // 109000000000 displays as "109,000,000,000": 15 characters plus 2 of margin
        assertEquals(17, XlsxFormats.width(money, List.of(List.of(1.09e11)), 0));
        assertEquals(XlsxFormats.MIN_WIDTH, XlsxFormats.width(money, List.of(List.of(1)), 0));
        assertEquals(XlsxFormats.MAX_WIDTH, XlsxFormats.width(Column.text("t", ""), List.of(List.of("x".repeat(500))),
                0));
    }
}
