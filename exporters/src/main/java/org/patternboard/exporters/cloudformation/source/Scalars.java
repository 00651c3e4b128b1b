package org.patternboard.exporters.cloudformation.source;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How a plain (unquoted) YAML scalar reads, the way CloudFormation reads it: null, booleans, decimal whole
 * numbers and decimals; everything else is text. Numbers with leading zeros stay text (an account id such as
 * {@code 012345678901} must not lose its zero).
 */
final class Scalars {
    private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|(0|[1-9][0-9]*)(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private Scalars() {
    }

    static Object plain(String text) {
        switch (text) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "true", "True", "TRUE":
                return Boolean.TRUE;
            case "false", "False", "FALSE":
                return Boolean.FALSE;
            default:
                break;
        }
        if (INT.matcher(text).matches()) {
            BigInteger b = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (FLOAT.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        return text;
    }
}
