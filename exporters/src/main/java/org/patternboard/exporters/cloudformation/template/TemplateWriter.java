package org.patternboard.exporters.cloudformation.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a template tree as JSON (two-space indent, newline at the end) or YAML. Both are byte-stable:
 * maps keep their insertion order, and {@link #normalize} refuses unordered maps so a stray
 * {@code HashMap} cannot make the output depend on hashing.
 */
public final class TemplateWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = printer();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new CautiousQuoting())
            .build());

    private TemplateWriter() {
    }

    public static String json(Map<String, Object> tree) {
        try {
            return JSON.writer(PRINTER).writeValueAsString(normalize(tree)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write template as JSON", e);
        }
    }

    public static String yaml(Map<String, Object> tree) {
        try {
            String text = YAML.writeValueAsString(normalize(tree));
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write template as YAML", e);
        }
    }

    /**
     * A deep copy made only of {@link LinkedHashMap}s and lists. Maps with more than one entry must have a
     * defined order (insertion-ordered or sorted); anything else is a bug that would break determinism.
     */
    @SuppressWarnings("unchecked")
    public static <T> T normalize(T value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() > 1 && !(map instanceof LinkedHashMap) && !(map instanceof SortedMap)) {
                throw new IllegalStateException("unordered map in template tree: " + map.keySet());
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normalize(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(normalize(v)));
            return (T) copy;
        }
        if (value instanceof Integer i) {
            return (T) Long.valueOf(i);
        }
        return value;
    }

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    /**
     * Jackson's default quoting plus: any value that starts like a number, date or time is quoted, so YAML 1.1
     * readers (cfn-lint, PyYAML) cannot turn {@code 2012-10-17} into a date or {@code 0700} into octal.
     */
    private static final class CautiousQuoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            if (!value.isEmpty()) {
                char c = value.charAt(0);
                if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == '~' || c == '=') {
                    return true;
                }
            }
            return super.needToQuoteValue(value);
        }
    }
}
