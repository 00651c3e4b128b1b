package org.patternboard.model.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patternboard.model.design.Architecture;

/**
 * What a pattern block is, read from the {@code block} field at the top of its design file: a name, a
 * one-paragraph summary, the problem it solves, the Well-Architected Serverless Lens questions it
 * demonstrates ({@code "REL 2"}), where it comes from, tags, and the parameters a user may change on insert.
 * A block that deliberately shows an anti-pattern says so and lists the rule ids it expects to trigger.
 * A block built from a published original names it ({@code origin}: repository, path and commit of a stack or
 * template, or the page of a pattern catalog that describes it), lists what
 * it adds to it ({@code additions}) and what the catalog cannot express ({@code notModelled}, each with the
 * reason); these fields are optional, so blocks of no single original and older files still read.
 */
public record BlockMetadata(
        String id,
        String name,
        String summary,
        String problem,
        List<String> lens,
        String source,
        List<String> tags,
        List<BlockParameter> parameters,
        boolean antiPattern,
        List<String> expectedFindings,
        Origin origin,
        List<String> additions,
        List<NotModelled> notModelled) {

    /**
     * The published original a block reproduces: a stack or template in a repository, pinned to the commit
     * that was read, or (for catalogs of descriptions with no code) the page that describes the pattern.
     * Exactly one of the two forms is set.
     */
    public record Origin(String repository, String path, String commit, String page) {
        public Origin {
            boolean repositoryForm = repository != null || path != null || commit != null;
            if (repositoryForm == (page != null)) {
                throw new BlockFormatException("an origin is either {repository, path, commit} or {page}, not "
                        + (repositoryForm ? "both" : "neither"));
            }
            if (repositoryForm && (repository == null || path == null || commit == null)) {
                throw new BlockFormatException("an origin in a repository needs repository, path and commit");
            }
            if (page != null && !page.startsWith("https://")) {
                throw new BlockFormatException("an origin page must be an https:// address, not '" + page + "'");
            }
        }

        /** A stack or template at a commit of a GitHub repository. */
        public Origin(String repository, String path, String commit) {
            this(repository, path, commit, null);
        }

        /** A page that describes the pattern. */
        public static Origin page(String url) {
            return new Origin(null, null, null, url);
        }

        public boolean isPage() {
            return page != null;
        }

        /** Where to read the original: the page, or the file or folder on GitHub at the pinned commit. */
        public String url() {
            if (isPage()) {
                return page;
            }
            boolean file = path.substring(path.lastIndexOf('/') + 1).contains(".");
            return "https://github.com/" + repository + "/" + (file ? "blob" : "tree") + "/" + commit + "/" + path;
        }

        /** Short text for a reader: {@code cdk-patterns/serverless the-big-fan/... @ 08e3163}, or the page's host and path. */
        public String label() {
            if (isPage()) {
                return page.replaceFirst("^https://(www\\.)?", "").replaceFirst("/$", "");
            }
            return repository + " " + path + " @ " + commit.substring(0, Math.min(7, commit.length()));
        }
    }

    /** A part of the original the catalog cannot express, and why. */
    public record NotModelled(String part, String reason) {
    }

    /** Metadata of a block without an origin, additions or gaps (the form before those fields existed). */
    public BlockMetadata(String id, String name, String summary, String problem, List<String> lens, String source,
            List<String> tags, List<BlockParameter> parameters, boolean antiPattern, List<String> expectedFindings) {
        this(id, name, summary, problem, lens, source, tags, parameters, antiPattern, expectedFindings, null,
                List.of(), List.of());
    }

    /** The top-level field of a design file that holds the metadata. */
    public static final String FIELD = "block";

    public BlockMetadata {
        lens = List.copyOf(lens);
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        expectedFindings = List.copyOf(expectedFindings);
        additions = additions == null ? List.of() : List.copyOf(additions);
        notModelled = notModelled == null ? List.of() : List.copyOf(notModelled);
        summary = summary == null ? "" : summary;
        problem = problem == null ? "" : problem;
        source = source == null ? "" : source;
    }

    /** Reads the metadata of a block design; throws {@link BlockFormatException} naming what is wrong. */
    @SuppressWarnings("unchecked")
    public static BlockMetadata from(Architecture block) {
        Object raw = block.extra().get(FIELD);
        if (!(raw instanceof Map<?, ?>)) {
            throw new BlockFormatException("design '" + block.name() + "' has no \"" + FIELD
                    + "\" object, so it is not a pattern block");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        String id = requiredString(m, "id", "block of '" + block.name() + "'");
        List<BlockParameter> parameters = new ArrayList<>();
        for (Object p : list(m, "parameters", id)) {
            parameters.add(BlockParameter.from(p, id));
        }
        Object anti = m.get("antiPattern");
        if (anti != null && !(anti instanceof Boolean)) {
            throw new BlockFormatException("block '" + id + "': \"antiPattern\" must be true or false");
        }
        return new BlockMetadata(id,
                requiredString(m, "name", "block '" + id + "'"),
                optionalString(m, "summary", id),
                optionalString(m, "problem", id),
                strings(m, "lens", id),
                optionalString(m, "source", id),
                strings(m, "tags", id),
                parameters,
                Boolean.TRUE.equals(anti),
                strings(m, "expectedFindings", id),
                origin(m.get("origin"), id),
                strings(m, "additions", id),
                notModelled(m, id));
    }

    @SuppressWarnings("unchecked")
    private static Origin origin(Object raw, String id) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Map<?, ?>)) {
            throw new BlockFormatException("block '" + id + "': \"origin\" must be an object");
        }
        Map<String, Object> o = (Map<String, Object>) raw;
        String where = "block '" + id + "' origin";
        if (o.containsKey("page")) {
            if (o.size() != 1) {
                throw new BlockFormatException(where + ": a page origin has only \"page\"; found " + o.keySet());
            }
            try {
                return Origin.page(requiredString(o, "page", where));
            } catch (BlockFormatException e) {
                throw new BlockFormatException(where + ": " + e.getMessage());
            }
        }
        return new Origin(requiredString(o, "repository", where), requiredString(o, "path", where),
                requiredString(o, "commit", where));
    }

    @SuppressWarnings("unchecked")
    private static List<NotModelled> notModelled(Map<String, Object> m, String id) {
        List<NotModelled> result = new ArrayList<>();
        for (Object o : list(m, "notModelled", id)) {
            if (!(o instanceof Map<?, ?>)) {
                throw new BlockFormatException("block '" + id + "': \"notModelled\" must be a list of objects");
            }
            Map<String, Object> n = (Map<String, Object>) o;
            String where = "block '" + id + "' notModelled";
            result.add(new NotModelled(requiredString(n, "part", where), requiredString(n, "reason", where)));
        }
        return result;
    }

    /** The block id a name stands for: lower case, words joined by hyphens ({@code the-big-fan}). */
    public static String idFor(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    static String requiredString(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new BlockFormatException(where + ": \"" + key + "\" must be a non-empty string");
        }
        return s;
    }

    private static String optionalString(Map<String, Object> m, String key, String id) {
        Object v = m.get(key);
        if (v != null && !(v instanceof String)) {
            throw new BlockFormatException("block '" + id + "': \"" + key + "\" must be a string");
        }
        return (String) v;
    }

    static List<Object> list(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new BlockFormatException(where + ": \"" + key + "\" must be a list");
        }
        return new ArrayList<>(list);
    }

    static List<String> strings(Map<String, Object> m, String key, String where) {
        List<String> result = new ArrayList<>();
        for (Object o : list(m, key, where)) {
            if (!(o instanceof String s)) {
                throw new BlockFormatException(where + ": \"" + key + "\" must be a list of strings");
            }
            result.add(s);
        }
        return result;
    }
}
