package org.patternboard.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON parser's complaint into one short line: what was expected and at most a short excerpt of
 * the offending token. Parser messages can quote hundreds of characters of the file (which may be a secret
 * in a property), span several lines and name the parser's internal classes.
 */
final class JsonParseMessages {
    /** Longest piece of an offending token that a message may quote. */
    static final int EXCERPT_CHARS = 10;
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?start marker at \\[Source:.*|\\s*at \\[Source:.*",
            Pattern.DOTALL);

    private JsonParseMessages() {
    }

    static String of(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
            return "nested deeper than " + DesignReader.MAX_NESTING_DEPTH + " levels";
        }
        String message = String.valueOf(e.getOriginalMessage());
        message = SOURCE.matcher(message).replaceFirst("");
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return "not valid JSON: " + shortenQuotes(message).strip();
    }

    /** Keeps the JSON keywords Jackson lists ('null', 'true') and cuts a long quoted token to a short excerpt. */
    static String shortenQuotes(String message) {
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String shown = token.length() <= EXCERPT_CHARS ? token : token.substring(0, EXCERPT_CHARS) + "…";
            m.appendReplacement(out, Matcher.quoteReplacement("'" + shown + "'"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
