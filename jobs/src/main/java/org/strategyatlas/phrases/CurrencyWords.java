package org.strategyatlas.phrases;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Currency symbols, codes and names in the supported languages, each with its ISO 4217 code. {@code $} and bare
 * {@code dollars} are US dollars; other dollars need their prefix ({@code C$}, {@code A$}, {@code S$}). {@code ¥}
 * is the renminbi (CNY) in Chinese and the yen (JPY) in every other given language, as in English usage, and
 * ambiguous with no language. Any ISO 4217 code written in capitals next to the number is accepted
 * ({@code KRW 65 trillion}), except codes that are also English words in capitals ({@code ALL}, {@code TOP}).
 */
final class CurrencyWords {

    private static final String YEN_OR_YUAN = "¥";

    private static final Lexicon<String> WORDS = Lexicon.<String>builder()
            .add("EUR", "€", "euro", "euros", "欧元", "歐元", "ユーロ", "유로")
            .add("USD", "$", "us$", "u.s.$", "dollar", "dollars", "us dollars", "u.s. dollars", "dollars américains",
                    "us-dollar", "dólar", "dólares", "dolares", "dollaro", "dollari", "美元", "美金", "ドル", "米ドル",
                    "달러", "미국 달러")
            .add("CAD", "c$", "ca$", "can$", "canadian dollars", "dollars canadiens")
            .add("AUD", "a$", "au$", "australian dollars", "dollars australiens")
            .add("SGD", "s$", "singapore dollars")
            .add("NZD", "nz$")
            .add("HKD", "hk$")
            .add("TWD", "nt$")
            .add("BRL", "r$", "reais")
            .add("GBP", "£", "pound", "pounds", "pound sterling", "pounds sterling", "sterling", "livre sterling",
                    "livres sterling", "pfund", "pfund sterling", "libra", "libras", "libras esterlinas", "sterlina",
                    "sterline", "英镑", "英鎊", "ポンド", "파운드")
            .add("JPY", "円", "yen", "yens", "yenes", "日元", "日圆", "jp¥", "엔")
            .add("CNY", "元", "人民币", "人民幣", "人民元", "rmb", "yuan", "renminbi", "cn¥", "위안")
            .add("KRW", "₩", "원", "won", "韩元", "韓元", "ウォン")
            .add("INR", "₹", "rs", "rs.", "rupee", "rupees", "roupies", "卢比", "ルピー")
            .add("CHF", "francs suisses", "franken")
            .add(YEN_OR_YUAN, "¥")
            .build();

    /** ISO codes that are also English words when written in capitals. */
    private static final Set<String> WORD_CODES = Set.of("ALL", "TOP", "CUP", "MOP", "SOS", "PEN", "GEL", "TRY",
            "MAD", "BOB", "BAM", "CVE", "FUN");

    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(code -> !WORD_CODES.contains(code))
            .collect(Collectors.toUnmodifiableSet());

    private CurrencyWords() {
    }

    /**
     * The ISO code of the currency at the cursor (after optional spaces), consumed; null if none.
     *
     * @throws PhraseException for {@code ¥} with no language
     */
    static String take(Cursor cursor, Language language, String phrase) throws PhraseException {
        String code = takeIsoCode(cursor);
        if (code != null) {
            return code;
        }
        code = cursor.take(WORDS);
        if (!YEN_OR_YUAN.equals(code)) {
            return code;
        }
        if (language == null) {
            throw new PhraseException(phrase, "ambiguous ¥ in '" + phrase + "': yen (JPY) or yuan (CNY)? Give the"
                    + " language (ja, zh) or write JPY, CNY, 円 or 元");
        }
        return language == Language.ZH ? "CNY" : "JPY";
    }

    private static String takeIsoCode(Cursor cursor) {
        int start = cursor.pos();
        cursor.skipSpaces();
        String text = cursor.text();
        int at = cursor.pos();
        if (at + 3 <= text.length() && (at == 0 || !Lexicon.latinLetter(text.charAt(at - 1)))
                && (at + 3 == text.length() || !Lexicon.latinLetter(text.charAt(at + 3)))) {
            String candidate = text.substring(at, at + 3);
            if (candidate.chars().allMatch(c -> c >= 'A' && c <= 'Z') && ISO_CODES.contains(candidate)) {
                cursor.advance(3);
                return candidate;
            }
        }
        cursor.reset(start);
        return null;
    }
}
