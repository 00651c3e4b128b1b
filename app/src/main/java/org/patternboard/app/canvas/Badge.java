package org.patternboard.app.canvas;

import org.patternboard.model.rules.Severity;

/** How many open findings point at an element, and the worst of them. */
public record Badge(int count, Severity worst) {
}
