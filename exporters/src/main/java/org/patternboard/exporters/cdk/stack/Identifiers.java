package org.patternboard.exporters.cdk.stack;

import com.squareup.javapoet.NameAllocator;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names in generated Java: local variables (through JavaPoet's {@link NameAllocator}, so they are legal, not
 * keywords and unique) and construct ids (PascalCase, unique without regard to case, since they become
 * CloudFormation logical ids and asset folder names). Both come from the component's display name folded to
 * ASCII words; a name with no ASCII letters (e.g. written in another script) falls back to the type's noun.
 * Callers allocate in a fixed order (components by id), so the same design always gets the same names, and
 * renaming one component never renames another's variable unless they collide.
 */
public final class Identifiers {
    /** Longest name taken from a component name; generated names stay readable and far below every limit. */
    static final int MAX_LENGTH = 48;

    private final NameAllocator variables = new NameAllocator();
    private final Set<String> variableNames = new HashSet<>();
    private final Set<String> constructIdsLowerCase = new HashSet<>();

    public Identifiers(String... reserved) {
        for (String r : reserved) {
            variables.newName(r, "reserved:" + r);
            variableNames.add(r);
        }
    }

    /** A fresh lowerCamel variable name for {@code text}, or for {@code fallback} when text has no usable word. */
    public String variable(String text, String fallback, Object tag) {
        String base = lowerCamel(words(text, fallback));
        base = NameAllocator.toJavaIdentifier(base);
        if (javax.lang.model.SourceVersion.isKeyword(base)) {
            base = base + "Construct";
        }
        String candidate = base;
        for (int n = 2; variableNames.contains(candidate); n++) {
            candidate = base + n;
        }
        variableNames.add(candidate);
        return variables.newName(candidate, tag);
    }

    /** The variable allocated for a tag. */
    public String variableFor(Object tag) {
        return variables.get(tag);
    }

    /** A fresh construct id (PascalCase ASCII) for {@code text}, unique among this stack's top-level ids. */
    public String constructId(String text, String fallback) {
        String base = words(text, fallback);
        String candidate = base;
        for (int n = 2; constructIdsLowerCase.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + n;
        }
        constructIdsLowerCase.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    /** Reserves a construct id (e.g. the shared VPC's) so no component takes it. */
    public void reserveConstructId(String id) {
        constructIdsLowerCase.add(id.toLowerCase(Locale.ROOT));
    }

    /**
     * PascalCase ASCII words of {@code text}: accents folded, every other character separates words, cut to
     * {@link #MAX_LENGTH}; {@code fallback} when nothing is left, and in front of a leading digit.
     */
    public static String words(String text, String fallback) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean startWord = true;
        for (int i = 0; i < folded.length() && out.length() < MAX_LENGTH; i++) {
            char c = folded.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum) {
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    startWord = true;
                }
                continue;
            }
            out.append(startWord ? Character.toUpperCase(c) : c);
            startWord = false;
        }
        String id = out.toString();
        if (id.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(id.charAt(0)) ? fallback + id : id;
    }

    static String lowerCamel(String pascal) {
        int upper = 0;
        while (upper < pascal.length() && Character.isUpperCase(pascal.charAt(upper))) {
            upper++;
        }
        // "SQSQueue" -> "sqsQueue", "Orders" -> "orders", "API" -> "api"
        int cut = upper > 1 && upper < pascal.length() ? upper - 1 : Math.max(upper, 1);
        return pascal.substring(0, cut).toLowerCase(Locale.ROOT) + pascal.substring(cut);
    }
}
