package org.strategyatlas.generate;

import java.util.Map;

/** The language a jurisdiction's own sources are written in, for the jurisdictions whose language the parser reads. */
final class HomeLanguages {

    private static final Map<Lang, String> CODES = Map.of(
            Lang.FR, "FRA BEL LUX MCO SEN CIV CMR HTI COD MDG BEN BFA MLI NER TGO GAB COG CAF TCD GIN BDI RWA DJI COM",
            Lang.DE, "DEU AUT CHE LIE",
            Lang.ES, "ESP MEX ARG COL CHL PER VEN ECU BOL PRY URY CRI PAN DOM GTM HND NIC SLV CUB GNQ",
            Lang.IT, "ITA SMR",
            Lang.PT, "PRT BRA AGO MOZ CPV GNB STP TLS",
            Lang.ZH, "CHN TWN HKG MAC",
            Lang.JA, "JPN",
            Lang.KO, "KOR PRK");

    private HomeLanguages() {
    }

    /** The home language of {@code code}; English for every other economy and for blocs. */
    static Lang of(String code) {
        for (Map.Entry<Lang, String> e : CODES.entrySet()) {
            if ((" " + e.getValue() + " ").contains(" " + code + " ")) {
                return e.getKey();
            }
        }
        return Lang.EN;
    }
}
