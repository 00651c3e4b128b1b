package org.patternboard.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.patternboard.model.catalog.schema.SchemaCatalogAbout;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code patternboard --version} and Help › About: the product line first (scripts read it), then the
 * versions of what an export and a design depend on. Read from build-time properties, so it starts no
 * JavaFX, no CDK and no schema parsing.
 */
public final class Versions implements IVersionProvider {
    private static final String RESOURCE = "org/patternboard/app/versions.properties";

    @Override
    public String[] getVersion() {
        return lines().toArray(String[]::new);
    }

    public static List<String> lines() {
        Properties p = properties();
        return List.of(
                "Patternboard " + release(p.getProperty("patternboard")),
                "AWS CDK " + p.getProperty("cdk") + " (aws-cdk-lib, used by export --to cdk-java)",
                "JavaFX " + p.getProperty("javafx"),
                SchemaCatalogAbout.load().describe());
    }

    /** The release number without Maven's -SNAPSHOT: the first line has always read "Patternboard X.Y.Z". */
    static String release(String projectVersion) {
        return projectVersion.replace("-SNAPSHOT", "");
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return p;
    }
}
