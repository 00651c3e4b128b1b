package org.patternboard.app.viewmodel;

import org.patternboard.model.design.Architecture;

/** A pattern block as the palette and the gallery show it. */
public record BlockInfo(String id, String name, String summary, Architecture design) {
}
