package org.patternboard.app.cli;

/** Bad input or usage: printed as one line on stderr, exit code 2. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
