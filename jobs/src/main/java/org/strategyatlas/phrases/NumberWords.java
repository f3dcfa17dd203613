package org.strategyatlas.phrases;

import java.math.BigDecimal;
import java.util.Map;
import org.strategyatlas.model.Qualifier;

/**
 * Numbers written in words. Cardinals ({@code four}, {@code Sixty-three}, {@code due}, {@code 两百}) are exact;
 * "a"/"an" is one only before a scale word ({@code a billion}). A collective with its article ({@code a dozen},
 * {@code un millier}, {@code une dizaine}) is approximate. A plural unit ({@code dozens}, {@code hundreds of},
 * {@code des milliers}, {@code Tausende}, {@code 数十}, {@code 수백}) or "several" with a unit
 * ({@code plusieurs dizaines}, {@code several dozen}) is the range of 2 to 9 units: {@code plusieurs dizaines} is
 * 20..90, {@code hundreds of} 200..900, {@code dozens} 24..108. Chinese {@code 上百}/{@code 上千} is at least 100/1000.
 */
final class NumberWords {

    private static final Lexicon<Boolean> ARTICLES = Lexicon.of(Boolean.TRUE, "a", "an", "one", "un", "une", "ein",
            "eine", "einem", "uno", "una", "um", "uma");
    private static final Lexicon<Boolean> SEVERAL = Lexicon.of(Boolean.TRUE, "several", "plusieurs", "des",
            "mehrere", "einige", "varios", "varias", "vari", "varie", "diversi", "diverse", "parecchi", "parecchie",
            "vários", "várias", "alguns", "algumas");
    private static final Lexicon<BigDecimal> COLLECTIVES = Lexicon.<BigDecimal>builder()
            .add(BigDecimal.TEN, "dizaine", "decena", "decina", "dezena")
            .add(BigDecimal.valueOf(12), "dozen", "douzaine", "dutzend", "docena", "dozzina", "dúzia", "duzia")
            .add(BigDecimal.valueOf(20), "vingtaine", "veintena", "ventina", "vintena")
            .add(BigDecimal.valueOf(30), "trentaine", "treintena", "trentina")
            .add(BigDecimal.valueOf(40), "quarantaine", "quarantina")
            .add(BigDecimal.valueOf(50), "cinquantaine", "cincuentena", "cinquantina")
            .add(BigDecimal.valueOf(100), "centaine", "centenar", "centinaio", "centena")
            .add(BigDecimal.valueOf(1000), "millier", "millar", "migliaio", "milhar")
            .build();
    private static final ByLanguage<BigDecimal> PLURAL_UNITS = new ByLanguage<>(Lexicon.of(Map.of()), Map.of(
            Language.EN, units("tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions"),
            Language.FR, units("dizaines", "douzaines", "centaines", "milliers", "millions", "milliards", "billions"),
            Language.DE, Lexicon.<BigDecimal>builder().add(BigDecimal.valueOf(12), "dutzende")
                    .add(pow(2), "hunderte").add(pow(3), "tausende").add(pow(4), "zehntausende")
                    .add(pow(5), "hunderttausende").add(pow(6), "millionen").add(pow(9), "milliarden").build(),
            Language.ES, units("decenas", "docenas", "centenares", "miles", "millones", null, null),
            Language.IT, units("decine", "dozzine", "centinaia", "migliaia", "milioni", "miliardi", null),
            Language.PT, units("dezenas", "dúzias", "centenas", "milhares", "milhões", "bilhões", null)), false);
    private static final ByLanguage<BigDecimal> CARDINALS = new ByLanguage<>(Lexicon.of(Map.of()), Map.of(
            Language.EN, cardinals("one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                    + " fifteen sixteen seventeen eighteen nineteen", "twenty thirty forty fifty sixty seventy eighty"
                    + " ninety", null, null),
            Language.FR, cardinals("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze"
                    + " quinze seize", "vingt trente quarante cinquante soixante", "cent", "mille"),
            Language.DE, cardinals("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf", "zwanzig"
                    + " dreißig vierzig fünfzig sechzig siebzig achtzig neunzig", "hundert", "tausend"),
            Language.ES, cardinals("uno dos tres cuatro cinco seis siete ocho nueve diez once doce", "veinte treinta"
                    + " cuarenta cincuenta sesenta setenta ochenta noventa", "cien", "mil"),
            Language.IT, cardinals("uno due tre quattro cinque sei sette otto nove dieci undici dodici", "venti"
                    + " trenta quaranta cinquanta sessanta settanta ottanta novanta", "cento", "mille"),
            Language.PT, cardinals("um dois três quatro cinco seis sete oito nove dez onze doze", "vinte trinta"
                    + " quarenta cinquenta sessenta setenta oitenta noventa", "cem", "mil")), false);

    private NumberWords() {
    }

    /** A number in words at the cursor, consumed; null (nothing consumed) if there is none. */
    static Reading read(Cursor cursor, Language language) {
        int start = cursor.pos();
        Reading reading = CjkNumerals.read(cursor);
        if (reading == null) {
            reading = latin(cursor, language);
        }
        if (reading == null) {
            cursor.reset(start);
        }
        return reading;
    }

    private static Reading latin(Cursor cursor, Language language) {
        int start = cursor.pos();
        boolean several = cursor.take(SEVERAL) != null;
        BigDecimal plural = PLURAL_UNITS.take(cursor, language);
        if (plural != null) {
            return Reading.several(plural);
        }
        int afterSeveral = cursor.pos();
        boolean article = cursor.take(ARTICLES) != null;
        BigDecimal collective = cursor.take(COLLECTIVES);
        if (collective != null) {
            return several ? Reading.several(collective)
                    : new Reading(collective, collective, collective, Qualifier.APPROX);
        }
        if (several) {
            cursor.reset(start);
            return null;
        }
        cursor.reset(afterSeveral);
        BigDecimal cardinal = CARDINALS.take(cursor, language);
        if (cardinal != null && cardinal.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return new Reading(cardinal, cardinal, cardinal, Qualifier.EXACT); // mil millones: 1000 is its scale
        }
        if (cardinal != null) {
            return Reading.exact(cardinal.add(hyphenedUnit(cursor, language, cardinal)));
        }
        if (article && ScaleWords.take(probe(cursor, start), language) != null) {
            cursor.take(ARTICLES);
            return Reading.exact(BigDecimal.ONE);
        }
        cursor.reset(start);
        return null;
    }

    /** {@code sixty-three}, {@code vingt-cinq}, {@code soixante-dix}: a unit after a multiple of ten. */
    private static BigDecimal hyphenedUnit(Cursor cursor, Language language, BigDecimal tens) {
        if (tens.compareTo(BigDecimal.valueOf(20)) < 0 || tens.remainder(BigDecimal.TEN).signum() != 0
                || cursor.peek() != '-') {
            return BigDecimal.ZERO;
        }
        int at = cursor.pos();
        cursor.advance(1);
        BigDecimal unit = CARDINALS.take(cursor, language);
        if (unit == null || unit.compareTo(BigDecimal.valueOf(20)) >= 0) {
            cursor.reset(at);
            return BigDecimal.ZERO;
        }
        return unit;
    }

    /** A copy of the cursor just after the article at {@code start}, to look ahead for a scale word. */
    private static Cursor probe(Cursor cursor, int start) {
        Cursor probe = new Cursor(cursor.text());
        probe.reset(start);
        probe.take(ARTICLES);
        return probe;
    }

    private static Lexicon<BigDecimal> units(String tens, String dozens, String hundreds, String thousands,
                                             String millions, String billions, String trillions) {
        Lexicon.Builder<BigDecimal> units = Lexicon.builder();
        String[] words = {tens, dozens, hundreds, thousands, millions, billions, trillions};
        BigDecimal[] values = {pow(1), BigDecimal.valueOf(12), pow(2), pow(3), pow(6), pow(9), pow(12)};
        for (int i = 0; i < words.length; i++) {
            if (words[i] != null) {
                units.add(values[i], words[i]);
            }
        }
        return units.build();
    }

    /** One to nineteen (or twelve), the tens, and the words for 100 and 1000 ({@code mil millones}). */
    private static Lexicon<BigDecimal> cardinals(String oneToNineteen, String twentyToNinety, String hundred,
                                                 String thousand) {
        Lexicon.Builder<BigDecimal> cardinals = Lexicon.builder();
        if (hundred != null) {
            cardinals.add(pow(2), hundred).add(pow(3), thousand);
        }
        String[] ones = oneToNineteen.split(" ");
        for (int i = 0; i < ones.length; i++) {
            cardinals.add(BigDecimal.valueOf(i + 1L), ones[i]);
        }
        String[] tens = twentyToNinety.split(" ");
        for (int i = 0; i < tens.length; i++) {
            cardinals.add(BigDecimal.valueOf(20L + 10L * i), tens[i]);
        }
        return cardinals.build();
    }

    private static BigDecimal pow(int power) {
        return BigDecimal.TEN.pow(power);
    }
}
