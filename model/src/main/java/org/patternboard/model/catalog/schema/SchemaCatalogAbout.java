package org.patternboard.model.catalog.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Where the CloudFormation schema catalog came from, read from the small sidecar that
 * tools/cfn-schemas/generate.py writes beside it, so that {@code --version} and Help › About name it
 * without unzipping and parsing every type.
 */
public record SchemaCatalogAbout(String source, String version, String region, int typeCount) {
    static final String RESOURCE = "patternboard/catalog/cfn-schemas.about.json";

    public static SchemaCatalogAbout load() {
        try (InputStream in = SchemaCatalogAbout.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new SchemaCatalogAbout(root.path("source").asText(), root.path("version").asText(),
                    root.path("region").asText(), root.path("typeCount").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** One line, e.g. "CloudFormation schema catalog 1.51.0 (cfn-lint, us-east-1, 1596 types)". */
    public String describe() {
        return "CloudFormation schema catalog " + version + " (" + source + ", " + region + ", " + typeCount + " types)";
    }
}
