package org.patternboard.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Load errors are one line with file:line:column, never quote the file at length, and numbers never change silently. */
class DesignReaderMessagesTest {
    private static final String HEAD = "{\"format\": \"patternboard\", \"schemaVersion\": 1,\n";
    private static final String SECRET = "AKIAsecretsecretsecretsecretsecretsecretsecretsecret";

    @Test
    void anUnquotedSecretIsNotEchoedAndTheMessageIsOneLine() {
        DesignFormatException e = refused(HEAD + "\"components\": [{\"id\": \"f\", \"type\": \"aws.lambda.function\",\n"
                + "  \"properties\": {\"apiKey\": " + SECRET + "}}]}");
        assertOneLineAt(e, "d.pboard.json:3:");
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 24));
    }

    @Test
    void aTruncatedFileGivesOneLineWithoutTheSource() {
        DesignFormatException e = refused(HEAD + "\"name\": \"" + SECRET + "\", \"components\": [");
        assertOneLineAt(e, "d.pboard.json:2:");
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("Source");
    }

    @Test
    void tooDeepNestingNamesTheLimitAndALineButNoInternalClass() {
        DesignFormatException e = refused(HEAD + "\"x\":\n" + "[".repeat(200) + "]".repeat(200) + "}");
        assertOneLineAt(e, "d.pboard.json:3:");
        assertThat(e.getMessage()).contains("100").doesNotContain("StreamReadConstraints").doesNotContain("`");
    }

    @Test
    void anIdWithANewlineStillGivesOneLine() {
        DesignFormatException e = refused(HEAD + "\"components\": [{\"id\": \"a\\nb\", \"type\": \"t\"},"
                + " {\"id\": \"a\\nb\", \"type\": \"t\"}]}");
        assertThat(e.getMessage()).doesNotContain("\n").contains("used twice");
    }

    @Test
    void aSchemaVersionBeyondIntIsAnErrorNotVersionOne() {
        DesignFormatException e = refused("{\"format\": \"patternboard\",\n \"schemaVersion\": 4294967297}");
        assertOneLineAt(e, "d.pboard.json:");
        assertThat(e.getMessage()).contains("schemaVersion").contains("4294967297");
    }

    @Test
    void aSchemaVersionThatIsAnObjectIsNamedByKindNotByJavaToString() {
        DesignFormatException e = refused("{\"format\": \"patternboard\", \"schemaVersion\": {\"v\": 1}}");
        assertThat(e.getMessage()).contains("schemaVersion").contains("an object").doesNotContain("{v=1}");
    }

    @Test
    void aNumberTooLargeForADoubleIsAnErrorNamingTheField() {
        DesignFormatException e = refused(HEAD + "\"components\": [{\"id\": \"f\", \"type\": \"aws.lambda.function\",\n"
                + "  \"properties\": {\"memorySize\": 1e400}}]}");
        assertOneLineAt(e, "d.pboard.json:3:");
        assertThat(e.getMessage()).contains("\"memorySize\"").contains("1e400");
    }

    @Test
    void anIntegerBeyondLongIsAnErrorNamingTheField() {
        DesignFormatException e = refused(HEAD + "\"components\": [{\"id\": \"f\", \"type\": \"aws.lambda.function\",\n"
                + "  \"properties\": {\"timeout\": [1, 99999999999999999999]}}]}");
        assertOneLineAt(e, "d.pboard.json:3:");
        assertThat(e.getMessage()).contains("\"timeout\"").contains("99999999999999999999");
    }

    @Test
    void theLargestLongIsKeptExactly() throws Exception {
        String text = HEAD + "\"components\": [{\"id\": \"f\", \"type\": \"aws.lambda.function\",\n"
                + "  \"properties\": {\"big\": 9223372036854775807}}]}";
        assertThat(DesignFiles.toCanonicalJson(DesignFiles.parse(text, "d.pboard.json")))
                .contains("\"big\": 9223372036854775807");
    }

    private static void assertOneLineAt(DesignFormatException e, String prefix) {
        assertThat(e.getMessage()).startsWith(prefix).doesNotContain("\n").doesNotContain("\r");
        assertThat(e.getMessage().length()).isLessThan(240);
        assertThat(e.line()).isPositive();
    }

    private static DesignFormatException refused(String text) {
        DesignFormatException e = catchThrowableOfType(() -> DesignFiles.parse(text, "d.pboard.json"),
                DesignFormatException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
