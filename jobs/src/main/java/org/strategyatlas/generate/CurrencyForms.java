package org.strategyatlas.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each language names a currency next to an amount: a symbol or code before it ({@code €}, {@code US$},
 * {@code R$ }, {@code KRW }) or a word after it ({@code euros}, {@code Milliarden Euro}, {@code 亿元}, {@code 억 원}).
 * A currency without a word of its own is written as its ISO code, which the parser accepts in capitals, except
 * the codes that are also English words ({@code TRY}, {@code ALL}): those have no form and are stated without a
 * currency, which ingest reads as the row's.
 */
final class CurrencyForms {

    /** One way of writing a currency: {@code text} before the number (with its own spacing) or after it. */
    record Form(String text, boolean before) {
    }

    /** ISO codes the parser does not read as currencies, because they are also English words in capitals. */
    static final Set<String> WORD_CODES = Set.of("ALL", "TOP", "CUP", "MOP", "SOS", "PEN", "GEL", "TRY", "MAD",
            "BOB", "BAM", "CVE", "FUN");

    private static final Map<Lang, Map<String, List<Form>>> FORMS = Map.of(
            Lang.EN, Map.ofEntries(
                    Map.entry("EUR", List.of(before("€"), after("euros"))),
                    Map.entry("USD", List.of(before("$"), before("US$"), after("dollars"))),
                    Map.entry("GBP", List.of(before("£"), after("pounds"))),
                    Map.entry("JPY", List.of(before("¥"), after("yen"))),
                    Map.entry("CNY", List.of(after("yuan"), before("RMB "))),
                    Map.entry("KRW", List.of(after("won"), before("₩"))),
                    Map.entry("INR", List.of(before("₹"), before("Rs "))),
                    Map.entry("CAD", List.of(before("C$"))),
                    Map.entry("AUD", List.of(before("A$"))),
                    Map.entry("SGD", List.of(before("S$"))),
                    Map.entry("NZD", List.of(before("NZ$"))),
                    Map.entry("HKD", List.of(before("HK$"))),
                    Map.entry("TWD", List.of(before("NT$"))),
                    Map.entry("BRL", List.of(before("R$ "), after("reais")))),
            Lang.FR, Map.of("EUR", List.of(after("euros"), after("€")), "USD", List.of(after("dollars")),
                    "GBP", List.of(after("livres sterling")), "JPY", List.of(after("yens")),
                    "CNY", List.of(after("yuan")), "CHF", List.of(after("francs suisses")),
                    "CAD", List.of(after("dollars canadiens")), "AUD", List.of(after("dollars australiens")),
                    "INR", List.of(after("roupies")), "BRL", List.of(after("reais"))),
            Lang.DE, Map.of("EUR", List.of(after("Euro"), after("€")), "USD", List.of(after("US-Dollar"),
                    after("Dollar")), "GBP", List.of(after("Pfund")), "JPY", List.of(after("Yen")),
                    "CNY", List.of(after("Yuan")), "CHF", List.of(after("Franken"), after("CHF")),
                    "KRW", List.of(after("Won"))),
            Lang.ES, Map.of("EUR", List.of(after("euros")), "USD", List.of(after("dólares")),
                    "GBP", List.of(after("libras")), "JPY", List.of(after("yenes"))),
            Lang.IT, Map.of("EUR", List.of(after("euro")), "USD", List.of(after("dollari")),
                    "GBP", List.of(after("sterline")), "JPY", List.of(after("yen")), "CNY", List.of(after("yuan"))),
            Lang.PT, Map.of("EUR", List.of(after("euros")), "USD", List.of(after("dólares")),
                    "BRL", List.of(before("R$ "), after("reais")), "GBP", List.of(after("libras"))),
            Lang.ZH, Map.of("EUR", List.of(after("欧元")), "USD", List.of(after("美元")), "GBP", List.of(after("英镑")),
                    "JPY", List.of(after("日元")), "CNY", List.of(after("元"), after("元人民币")),
                    "KRW", List.of(after("韩元")), "INR", List.of(after("卢比"))),
            Lang.JA, Map.of("JPY", List.of(after("円")), "USD", List.of(after("ドル"), after("米ドル")),
                    "EUR", List.of(after("ユーロ")), "GBP", List.of(after("ポンド")), "CNY", List.of(after("人民元")),
                    "KRW", List.of(after("ウォン")), "INR", List.of(after("ルピー"))),
            Lang.KO, Map.of("KRW", List.of(after(" 원")), "USD", List.of(after(" 달러")), "EUR", List.of(after(" 유로")),
                    "JPY", List.of(after(" 엔")), "CNY", List.of(after(" 위안")), "GBP", List.of(after(" 파운드"))));

    private CurrencyForms() {
    }

    private static Form before(String text) {
        return new Form(text, true);
    }

    private static Form after(String text) {
        return new Form(text, false);
    }

    /** The ways {@code lang} writes {@code currency}; empty for the codes that are also English words. */
    static List<Form> of(Lang lang, String currency) {
        List<Form> forms = FORMS.get(lang).get(currency);
        if (forms != null) {
            return forms;
        }
        if (WORD_CODES.contains(currency)) {
            return List.of();
        }
        return List.of(lang == Lang.EN ? before(currency + " ") : after(lang.cjk()
                ? " " + currency : currency));
    }

    /** Whether {@code lang} has its own symbol or word for {@code currency}, beyond the ISO code. */
    static boolean hasWords(Lang lang, String currency) {
        return FORMS.get(lang).containsKey(currency);
    }

    /** Whether a phrase in {@code lang} can name {@code currency} at all. */
    static boolean named(Lang lang, String currency) {
        return !of(lang, currency).isEmpty();
    }
}
