package org.patternboard.exporters.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Seeded text mutations of a design or template: the damage hand edits, merges and truncated copies do, plus
 * values chosen to hit the readers' limits (huge numbers, deep nesting, control characters, wrong types).
 */
final class Mutator {
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "true", "-",
            "0", "-5", "1e400", "-1e400", "4294967297", "99999999999999999999", "1.5", "\"lots\"", "[1]", "{\"x\": 1}",
            "\\", "\\u0000", "\n", "\t", "'", "!Ref", "!GetAtt x.y", "&a", "*a", "<<: *a", "---", "#", "\u2028", "é",
            "[".repeat(150), "{\"a\":".repeat(120), "\"aws.nosuch.type\"", "\"schemaVersion\": 2", "\"id\": \"x\"");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    String mutate(String text) {
        String s = text;
        int steps = 1 + random.nextInt(3);
        for (int i = 0; i < steps; i++) {
            s = once(s);
        }
        return s;
    }

    private String once(String s) {
        if (s.isEmpty()) {
            return token();
        }
        int at = random.nextInt(s.length());
        int len = Math.min(s.length() - at, 1 + random.nextInt(40));
        return switch (random.nextInt(8)) {
            case 0 -> s.substring(0, at) + s.substring(at + len);                       // delete a span
            case 1 -> s.substring(0, at) + token() + s.substring(at);                   // insert a token
            case 2 -> s.substring(0, at) + token() + s.substring(at + len);             // replace a span
            case 3 -> s.substring(0, at);                                               // truncate
            case 4 -> s.substring(0, at) + s.substring(at, at + len) + s.substring(at); // duplicate a span
            case 5 -> s.substring(0, at) + (char) random.nextInt(0x80) + s.substring(at + 1); // flip a character
            case 6 -> replaceValue(s, at);
            default -> swapNumber(s, at);
        };
    }

    /** Replaces the value after the next ": " with a token: keeps the JSON valid often enough to reach the binders. */
    private String replaceValue(String s, int from) {
        int colon = s.indexOf(": ", from);
        if (colon < 0) {
            return s;
        }
        int start = colon + 2;
        int end = start;
        while (end < s.length() && ",\n}]".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(0, start) + token() + s.substring(end);
    }

    private String swapNumber(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                int end = i;
                while (end < s.length() && Character.isDigit(s.charAt(end))) {
                    end++;
                }
                String[] numbers = {"-1", "0", "1e400", "9223372036854775808", "4294967297", "1.0E308", "-0"};
                return s.substring(0, i) + numbers[random.nextInt(numbers.length)] + s.substring(end);
            }
        }
        return s;
    }

    private String token() {
        return TOKENS.get(random.nextInt(TOKENS.size()));
    }
}
