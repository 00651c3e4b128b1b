package org.patternboard.exporters.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus of real public CloudFormation and SAM templates that importer tests run on, read through
 * {@code patternboard/corpus/index.json} (rebuilt by {@code tools/corpus/index.py}).
 *
 * <p>The templates are third-party files: {@code tools/corpus/materialise.py} copies them next to the
 * index, or into the directory named by the system property {@value #DIRECTORY_PROPERTY} or the
 * environment variable {@value #DIRECTORY_VARIABLE}.
 */
public final class Corpus {
    public static final String INDEX = "/patternboard/corpus/index.json";
    public static final String DIRECTORY_PROPERTY = "patternboard.corpus.dir";
    public static final String DIRECTORY_VARIABLE = "PATTERNBOARD_CORPUS_DIR";

    /** The fixed feature vocabulary of the index, in the order index.py writes it. */
    public static final List<String> FEATURES = List.of("sam", "json", "yaml", "comments", "block-scalar",
            "parameters", "conditions", "mappings", "outputs", "rules", "metadata", "fn-if", "fn-sub-map",
            "fn-foreach", "nested-stack", "custom-resource", "inline-code", "globals", "sam-events",
            "sam-connector", "composer-groups", "short-form-tags", "depends-on", "deletion-policy");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static List<Entry> entries;

    private Corpus() {
    }

    /**
     * One template of the corpus.
     *
     * @param resources     entries of its Resources section as written (a Fn::ForEach loop counts once)
     * @param cfnLintErrors sorted cfn-lint 1.51 error rule ids on the original, so a test can tell an
     *                      export's new errors from the ones it inherited
     * @param sha256        of the original bytes
     */
    public record Entry(String id, String file, String repository, String path, String commit, String licence,
                        List<String> features, int resources, List<String> cfnLintErrors, String sha256) {
        public Entry {
            features = List.copyOf(features);
            cfnLintErrors = List.copyOf(cfnLintErrors);
        }

        public boolean has(String feature) {
            if (!FEATURES.contains(feature)) {
                throw new IllegalArgumentException("not a corpus feature: " + feature);
            }
            return features.contains(feature);
        }

        /** Where the copy of the template is (it may be missing if the corpus was not materialised). */
        public Path location() {
            return directory().resolve(file);
        }

        public byte[] bytes() {
            Path location = location();
            if (!Files.isRegularFile(location)) {
                throw new IllegalStateException(location + " is missing: run python3 tools/corpus/materialise.py");
            }
            try {
                return Files.readAllBytes(location);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }
    }

    public static synchronized List<Entry> entries() {
        if (entries == null) {
            try (InputStream in = Corpus.class.getResourceAsStream(INDEX)) {
                if (in == null) {
                    throw new IllegalStateException(INDEX + " is not on the test class path");
                }
                entries = List.copyOf(JSON.readValue(in, new TypeReference<List<Entry>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    /** The directory of the template copies: the configured one, else the index's own directory. */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        URL index = Corpus.class.getResource(INDEX);
        if (index == null || !"file".equals(index.getProtocol())) {
            throw new IllegalStateException(INDEX + " is not a file on the test class path: set " + DIRECTORY_PROPERTY);
        }
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
