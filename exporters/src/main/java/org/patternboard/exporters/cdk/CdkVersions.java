package org.patternboard.exporters.cdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The aws-cdk-lib, constructs and JUnit versions Patternboard is built and tested with, from a resource that
 * Maven fills in from the parent pom, so generated projects use exactly those versions and the number is
 * written in one place.
 */
public record CdkVersions(String cdk, String constructs, String junit) {
    private static final String RESOURCE = "patternboard/cdk/versions.properties";

    public static CdkVersions standard() {
        Properties p = new Properties();
        try (InputStream in = CdkVersions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CdkVersions v = new CdkVersions(p.getProperty("cdk.version"), p.getProperty("constructs.version"),
                p.getProperty("junit.version"));
        if (v.cdk() == null || v.cdk().contains("${")) {
            throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + p);
        }
        return v;
    }
}
