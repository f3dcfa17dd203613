package org.strategyatlas.normalise;

import java.util.Collection;
import java.util.OptionalInt;
import org.strategyatlas.reference.Indicators;
import org.strategyatlas.reference.ReferenceData;

/** The default base year: the latest year in which every currency used has an exchange rate and a deflator. */
public final class BaseYear {

    static final int EARLIEST = 2000;
    static final int LATEST = 2100;

    private BaseYear() {
    }

    /**
     * @param currencies the ISO codes of the money figures, plus EUR when the target currency is EUR
     * @return the latest complete year, or empty when no year from 2000 has all of them
     */
    public static OptionalInt latestComplete(ReferenceData reference, Collection<String> currencies) {
        for (int year = LATEST; year >= EARLIEST; year--) {
            if (complete(reference, currencies, year)) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean complete(ReferenceData reference, Collection<String> currencies, int year) {
        boolean checked = false;
        for (String currency : currencies) {
            String economy = Currencies.issuer(currency).orElse(null);
            if (economy == null) {
                continue; // such figures stay empty whatever the base year, with their own reason
            }
            if (reference.value(Indicators.FX_LCU_PER_USD, economy, year).isEmpty()
                    || reference.value(Indicators.DEFLATOR_INDEX, economy, year).isEmpty()) {
                return false;
            }
            checked = true;
        }
        return checked; // currencies without an issuing economy alone cannot date a base year
    }
}
