package org.patternboard.exporters.cloudformation.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CloudFormation or SAM template, JSON or YAML, into a {@link TemplateDocument}. Input is hostile until
 * proven otherwise: size, nesting, aliases and bytes are checked, and every problem is a
 * {@link TemplateSyntaxException} with a position, never a crash or a hang.
 */
public final class TemplateSource {
    /** CloudFormation's limit on a template body (also for templates read from S3). */
    public static final int MAX_BYTES = 1_048_576;
    static final int MAX_CHARS = MAX_BYTES;
    static final int MAX_DEPTH = 200;
    static final int MAX_ALIASES = 200;
    static final long MAX_NODES = 2_000_000;

    private TemplateSource() {
    }

    /** Reads a file as strict UTF-8 (a leading byte-order mark is allowed); messages name the path as given. */
    public static TemplateDocument parse(Path file) throws IOException {
        return parse(file, file.toString());
    }

    /** Reads a file, naming it {@code name} in messages and in the document (a child template's relative path). */
    public static TemplateDocument parse(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        return parse(decode(bytes, name), name);
    }

    public static TemplateDocument parse(String text, String fileName) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.length() > MAX_CHARS || t.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw tooLarge(fileName, t.getBytes(StandardCharsets.UTF_8).length);
        }
        if (t.isBlank()) {
            throw new TemplateSyntaxException(fileName, 0, 0, "the template is empty");
        }
        int nul = t.indexOf('\0');
        if (nul >= 0) {
            int[] lc = new Offsets(t).lineColumn(nul);
            throw new TemplateSyntaxException(fileName, lc[0], lc[1], "the file contains a NUL byte: it is not a text template");
        }
        return firstNonBlank(t) == '{' ? new JsonTreeBuilder(t, fileName).build() : new YamlTreeBuilder(t, fileName).build();
    }

    private static char firstNonBlank(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }

    private static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new TemplateSyntaxException(name, line, column, "the file is not valid UTF-8 (byte " + bad + ")");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static TemplateSyntaxException tooLarge(String name, long bytes) {
        return new TemplateSyntaxException(name, 0, 0, "the template is " + bytes + " bytes; CloudFormation accepts at most "
                + MAX_BYTES + " (1 MB)");
    }
}
