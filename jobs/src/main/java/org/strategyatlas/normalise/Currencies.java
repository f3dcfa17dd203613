package org.strategyatlas.normalise;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which economy issues a currency (whose exchange rate and GDP deflator apply to it), and which currency is
 * a jurisdiction's own (for PPP). ISO 4217 codes begin with the issuing country's ISO 3166 alpha-2 code;
 * the euro is issued by the euro area (World Bank code EMU), and the EU bloc counts the euro as its own.
 */
public final class Currencies {

    /** World Bank code of the euro area, whose exchange rate and deflator the euro uses. */
    public static final String EURO_AREA = "EMU";

    private static final Map<String, String> ALPHA2_TO_ALPHA3 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA2_TO_ALPHA3.put(alpha2, new Locale("", alpha2).getISO3Country());
        }
    }

    private Currencies() {
    }

    /** The World Bank economy whose series apply to {@code currency}: EUR → EMU, USD → USA, INR → IND. */
    public static Optional<String> issuer(String currency) {
        if ("EUR".equals(currency)) {
            return Optional.of(EURO_AREA);
        }
        if (currency == null || currency.length() != 3 || currency.startsWith("X")) {
            return Optional.empty(); // X.. codes are supranational or not currencies (XOF, XAU, XDR)
        }
        return Optional.ofNullable(ALPHA2_TO_ALPHA3.get(currency.substring(0, 2)));
    }

    /** The currency of a jurisdiction; EUR for the EU and the euro area. */
    public static Optional<String> own(String jurisdiction) {
        if ("EUU".equals(jurisdiction) || EURO_AREA.equals(jurisdiction)) {
            return Optional.of("EUR");
        }
        for (Map.Entry<String, String> e : ALPHA2_TO_ALPHA3.entrySet()) {
            if (e.getValue().equals(jurisdiction)) {
                try {
                    Currency currency = Currency.getInstance(new Locale("", e.getKey()));
                    return Optional.ofNullable(currency).map(Currency::getCurrencyCode);
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
