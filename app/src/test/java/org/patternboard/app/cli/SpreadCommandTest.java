package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignWriter;

class SpreadCommandTest {
    @TempDir
    Path dir;

    @Test
    void spreadsTightCardsApartInCanonicalFormAndCheckSeesWhatWouldChange() throws Exception {
        Path file = dir.resolve("d.pboard.json");
        Files.writeString(file, "{\"format\":\"patternboard\",\"schemaVersion\":1,\"name\":\"D\",\"components\":"
                + "[{\"id\":\"a\",\"type\":\"aws.sqs.queue\",\"x\":40,\"y\":40},{\"id\":\"b\",\"type\":\"aws.lambda.function\",\"x\":280,\"y\":40}],"
                + "\"connections\":[{\"id\":\"c-1\",\"from\":\"a\",\"to\":\"b\",\"kind\":\"triggers\"}]}");
        CliRun check = CliRun.of("spread", "--check", file.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("would change");
        assertThat(CliRun.of("spread", file.toString()).exitCode()).isZero();
        var spread = DesignFiles.load(file);
        assertThat(spread.componentOrNull("a").x()).isEqualTo(40);
        assertThat(spread.componentOrNull("b").x()).isEqualTo(40 + 180 + 120);
        assertThat(spread.componentOrNull("b").y()).isEqualTo(40);
        assertThat(Files.readAllBytes(file)).isEqualTo(new DesignWriter().writeBytes(spread));
        assertThat(CliRun.of("spread", "--check", file.toString()).exitCode()).isZero();
        assertThat(CliRun.of("spread", "--column-gap", "200", file.toString()).exitCode()).isZero();
        assertThat(DesignFiles.load(file).componentOrNull("b").x()).isEqualTo(40 + 180 + 200);
    }
}
