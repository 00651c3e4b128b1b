package org.patternboard.model.cost.prices;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where price tables come from: a local table written by {@code patternboard prices import} wins over the one
 * shipped in the jar. Local tables live in {@code ~/.patternboard/prices/REGION.json}; the folder can be moved
 * with the system property {@code patternboard.prices.dir} or the environment variable
 * {@code PATTERNBOARD_PRICES_DIR}.
 */
public final class PriceTables {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DIR_PROPERTY = "patternboard.prices.dir";
    public static final String DIR_ENV = "PATTERNBOARD_PRICES_DIR";
    private static final String BUNDLED = "/patternboard/cost/prices/";
    private static final Map<String, PriceTable> BUNDLED_CACHE = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

    private PriceTables() {
    }

    /** The folder local tables are read from and imported into. */
    public static Path localDir() {
        String prop = System.getProperty(DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv(DIR_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".patternboard", "prices");
    }

    public static Path localFile(String region) {
        return localDir().resolve(region + ".json");
    }

    /** The table shipped with Patternboard for a region, or null when none is shipped. */
    public static PriceTable bundled(String region) {
        PriceTable cached = BUNDLED_CACHE.get(region);
        if (cached != null) {
            return cached;
        }
        if (!REGION.matcher(region).matches()) {
            return null;
        }
        return BUNDLED_CACHE.computeIfAbsent(region, r -> {
            try (InputStream in = PriceTables.class.getResourceAsStream(BUNDLED + r + ".json")) {
                return in == null ? null : PriceTable.read(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled price table for " + r, e);
            }
        });
    }

    /**
     * The table for a region: the local one when there is one, else the bundled one.
     *
     * @throws IllegalArgumentException with a one-line reason when there is none, or the local file is broken
     */
    public static PriceTable forRegion(String region) {
        Path local = localFile(region);
        if (Files.isRegularFile(local)) {
            try {
                return read(local);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(local + ": not a readable price table (" + e.getMessage() + ")");
            }
        }
        PriceTable t = bundled(region);
        if (t == null) {
            throw new IllegalArgumentException("no price table for region '" + region + "': Patternboard ships "
                    + DEFAULT_REGION + "; import AWS's offer files for it with 'patternboard prices import OFFER.json'"
                    + " (tables are kept in " + localDir() + ")");
        }
        return t;
    }

    public static PriceTable read(Path file) throws IOException {
        return PriceTable.read(new ObjectMapper().readTree(file.toFile()));
    }
}
