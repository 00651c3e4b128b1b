package org.patternboard.model.patterns;

/** A pattern block file whose {@code block} metadata is missing or malformed; the message names the block. */
public final class BlockFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BlockFormatException(String message) {
        super(message);
    }

    public BlockFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
