package org.strategyatlas.run;

import java.util.List;
import java.util.Locale;

/** The method in a few lines, as every table's metadata, the XLSX About sheet and the report state it. */
final class MethodNote {

    private MethodNote() {
    }

    static List<String> lines(String currency, int baseYear) {
        String c = "USD".equals(currency) ? "US$" : currency;
        return List.of(
                String.format(Locale.ROOT, "Money is converted at the official annual average exchange rate of the"
                        + " price year (World Bank PA.NUS.FCRF; the euro at the euro-area rate)%s.",
                        "EUR".equals(currency) ? ", then from US$ to EUR at the euro area's rate of the same year" : ""),
                String.format(Locale.ROOT, "Constant %d %s: amount x deflator(base)/deflator(price year) of the economy"
                        + " issuing the currency (GDP deflator, chained from World Bank NY.GDP.DEFL.KD.ZG), then at"
                        + " the %d exchange rate.", baseYear, c, baseYear),
                "PPP: amount / PPP conversion factor of the jurisdiction (PA.NUS.PPP), only when the amount is in"
                        + " the jurisdiction's own currency.",
                "Per capita: constant amount / population of the price year (SP.POP.TOTL); share of GDP: nominal"
                        + " US$ / GDP in current US$ (NY.GDP.MKTP.CD) x 100.",
                "Per year: divided by the plan's horizon in years, only when the horizon is known.",
                "Ranges carry through (low and high alike); an at-least figure has no high, an up-to figure no low.",
                "Headline total: AI money announced as budgeted public money (appropriations), plans and requests"
                        + " (budget requests, proposals, government envelopes, public credit lines) or pledges; each"
                        + " initiative once, as the envelope of its firmest figures whatever their funding; parts"
                        + " inside a counted whole, superseded figures and cancellations are not added; overlaps"
                        + " are reported, not netted.",
                "Targets and reports (mobilisation and AUM targets, estimates, unofficial reports) and broader"
                        + " technology packages without a stated AI share are totalled apart, never in the headline;"
                        + " a broader package with a stated AI share adds that share. The breakdown table lists every"
                        + " initiative and why it is or is not counted.",
                "A value that cannot be computed is empty and its status says why; nothing is guessed or zeroed.");
    }
}
