package org.patternboard.model.edit;

/** An edit that cannot be applied to a design, with a message a user can read. */
public class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }
}
