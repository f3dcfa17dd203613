package org.strategyatlas.phrases;

import static org.strategyatlas.phrases.PhraseAsserts.assertReads;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule tables for Chinese, Japanese and Korean: 万/亿/億/兆/조/억 scales, counters, suffix qualifiers. */
class ChineseJapaneseKoreanPhrasesTest {

    @ParameterizedTest(name = "zh: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            65 名参与者        | 65            | 65            | count | exact    | 参与者
            200 万人           | 2000000       | 2000000       | count | exact    | 人
            20 条建议          | 20            | 20            | count | exact    | 建议
            超过 200 万人      | 2000000       |               | count | at_least | 人
            1000亿元           | 100000000000  | 100000000000  | CNY   | exact    |
            人民币1000亿元     | 100000000000  | 100000000000  | CNY   | exact    |
            ¥1000亿            | 100000000000  | 100000000000  | CNY   | exact    |
            60.06亿元          | 6006000000    | 6006000000    | CNY   | exact    |
            1万亿元            | 1000000000000 | 1000000000000 | CNY   | exact    |
            约500亿元          | 50000000000   | 50000000000   | CNY   | approx   |
            逾500亿元          | 50000000000   |               | CNY   | at_least |
            至少500亿元        | 50000000000   |               | CNY   | at_least |
            最多100亿元        |               | 10000000000   | CNY   | at_most  |
            200多万人          | 2000000       |               | count | at_least | 人
            1000余人           | 1000          |               | count | at_least | 人
            五千万元           | 50000000      | 50000000      | CNY   | exact    |
            两百亿元           | 20000000000   | 20000000000   | CNY   | exact    |
            数十亿美元         | 2000000000    | 9000000000    | USD   | range    |
            上百家企业         | 100           |               | count | at_least | 企业
            100至200亿元       | 10000000000   | 20000000000   | CNY   | range    |
            3000亿日元         | 300000000000  | 300000000000  | JPY   | exact    |
            100亿欧元          | 10000000000   | 10000000000   | EUR   | exact    |
            50亿英镑           | 5000000000    | 5000000000    | GBP   | exact    |
            1万5000人          | 15000         | 15000         | count | exact    | 人
            2000多人           | 2000          |               | count | at_least | 人
            """)
    void chinese(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "zh", low, high, unit, qualifier, noun);
    }

    @ParameterizedTest(name = "ja: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            10兆円                 | 10000000000000 | 10000000000000 | JPY   | exact    |
            約10兆円               | 10000000000000 | 10000000000000 | JPY   | approx   |
            ¥1兆                   | 1000000000000  | 1000000000000  | JPY   | exact    |
            1兆2000億円            | 1200000000000  | 1200000000000  | JPY   | exact    |
            "2,000億円"            | 200000000000   | 200000000000   | JPY   | exact    |
            1兆円超                | 1000000000000  |                | JPY   | at_least |
            10兆円以上             | 10000000000000 |                | JPY   | at_least |
            最大1兆円              |                | 1000000000000  | JPY   | at_most  |
            100～200億円           | 10000000000    | 20000000000    | JPY   | range    |
            研究者1000人           | 1000           | 1000           | count | exact    | 研究者
            "1,000人以上の研究者"  | 1000           |                | count | at_least | 研究者
            1万5000人              | 15000          | 15000          | count | exact    | 人
            10億ドル               | 1000000000     | 1000000000     | USD   | exact    |
            100億ユーロ            | 10000000000    | 10000000000    | EUR   | exact    |
            およそ500社            | 500            | 500            | count | approx   | 社
            ５００億円             | 50000000000    | 50000000000    | JPY   | exact    |
            """)
    void japanese(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "ja", low, high, unit, qualifier, noun);
    }

    @ParameterizedTest(name = "ko: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            65조 원                | 65000000000000 | 65000000000000 | KRW   | exact    |
            65조원                 | 65000000000000 | 65000000000000 | KRW   | exact    |
            1조 2천억 원           | 1200000000000  | 1200000000000  | KRW   | exact    |
            약 1조 원              | 1000000000000  | 1000000000000  | KRW   | approx   |
            최대 2조 원            |                | 2000000000000  | KRW   | at_most  |
            100억 달러 이상        | 10000000000    |                | USD   | at_least |
            10억 달러              | 1000000000     | 1000000000     | USD   | exact    |
            ₩1조                   | 1000000000000  | 1000000000000  | KRW   | exact    |
            5천만 원               | 50000000       | 50000000       | KRW   | exact    |
            3조원 가량             | 3000000000000  | 3000000000000  | KRW   | approx   |
            100억 유로             | 10000000000    | 10000000000    | EUR   | exact    |
            "연구자 1,000명"       | 1000           | 1000           | count | exact    | 연구자
            "1,000명 이상의 연구자"| 1000           |                | count | at_least | 연구자
            65명                   | 65             | 65             | count | exact    | 명
            500개 기업             | 500            | 500            | count | exact    | 기업
            수십억 달러            | 2000000000     | 9000000000     | USD   | range    |
            """)
    void korean(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "ko", low, high, unit, qualifier, noun);
    }
}
