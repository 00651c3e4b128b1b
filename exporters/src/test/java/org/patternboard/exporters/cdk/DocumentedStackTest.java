package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patternboard.model.io.DesignFiles;

/**
 * The README and docs/cdk.md show the stack class generated for The Simple Webservice "verbatim"; this keeps
 * that claim true. When the exporter changes on purpose, paste the new output (the failure prints it).
 */
class DocumentedStackTest {
    private static final Path ROOT = Path.of("..");
    private static final Path BLOCK = CdkExportVerificationTest.samplesDir()
            .resolve("patternboard/blocks/the-simple-webservice.pboard.json");

    @Test
    void readmeAndCdkGuideShowTheStackTheExporterWrites() throws Exception {
        String stack = new CdkJavaExporter().stackSource(DesignFiles.load(BLOCK));
        String fenced = "```java\n" + stack + (stack.endsWith("\n") ? "" : "\n") + "```\n";

        for (Path doc : new Path[] {ROOT.resolve("README.md"), ROOT.resolve("docs/cdk.md")}) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            assertThat(text.contains(fenced))
                    .as("%s must contain the generated TheSimpleWebserviceStack.java verbatim:%n%s", doc, fenced)
                    .isTrue();
        }
    }
}
