package org.strategyatlas.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references: numeric ({@code &#8364;}, {@code &#x20AC;}) and the named ones news pages
 * use (the Latin-1 set {@code &nbsp;} to {@code &yuml;}, {@code &amp;}, {@code &lt;}, {@code &gt;},
 * {@code &quot;}, {@code &apos;}, typographic quotes and dashes, {@code &euro;}, {@code &hellip;}...). A reference
 * without its {@code ;}, an unknown name or a number that is no character is left as written.
 */
final class HtmlEntities {

    private static final String[] LATIN1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy"
            + " reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
            + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml"
            + " ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig"
            + " agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml"
            + " eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml")
            .split(" ");

    private static final Map<String, Integer> NAMED = named();

    /** The longest name in the table, so a scan for {@code ;} stops early. */
    private static final int LONGEST = 8;

    private HtmlEntities() {
    }

    private static Map<String, Integer> named() {
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < LATIN1.length; i++) {
            named.put(LATIN1[i], 160 + i);
        }
        Object[] more = {"amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'', "OElig", 'Œ', "oelig", 'œ',
            "Scaron", 'Š', "scaron", 'š', "Yuml", 'Ÿ', "fnof", 'ƒ', "circ", 'ˆ', "tilde", '˜', "ensp", '\u2002',
            "emsp", '\u2003', "thinsp", '\u2009', "zwnj", '\u200C', "zwj", '\u200D', "lrm", '\u200E', "rlm", '\u200F',
            "ndash", '–', "mdash", '—', "lsquo", '‘', "rsquo", '’', "sbquo", '‚', "ldquo", '“', "rdquo", '”',
            "bdquo", '„', "dagger", '†', "Dagger", '‡', "bull", '•', "hellip", '…', "permil", '‰', "prime", '′',
            "Prime", '″', "lsaquo", '‹', "rsaquo", '›', "oline", '‾', "euro", '€', "trade", '™', "minus", '−',
            "nbhy", '\u2011', "NewLine", '\n', "Tab", '\t'};
        for (int i = 0; i < more.length; i += 2) {
            named.put((String) more[i], (int) (Character) more[i + 1]);
        }
        return Map.copyOf(named);
    }

    /** {@code text} with every character reference it can read replaced by its character. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i + 1) : -1;
            Integer code = semicolon > i + 1 && semicolon - i <= LONGEST + 2 ? codePoint(text.substring(i + 1,
                    semicolon)) : null;
            if (code == null) {
                out.append(c);
                i++;
            } else {
                out.appendCodePoint(code);
                i = semicolon + 1;
            }
        }
        return out.toString();
    }

    /** The character of a reference's body ({@code eacute}, {@code #233}, {@code #xE9}), or null. */
    private static Integer codePoint(String body) {
        if (body.startsWith("#")) {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            String digits = body.substring(hex ? 2 : 1);
            if (digits.isEmpty() || digits.length() > 7) {
                return null;
            }
            try {
                int code = Integer.parseInt(digits, hex ? 16 : 10);
                return Character.isValidCodePoint(code) && code != 0 && (code < 0xD800 || code > 0xDFFF)
                        ? code : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(body);
    }
}
