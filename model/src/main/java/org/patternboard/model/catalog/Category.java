package org.patternboard.model.catalog;

/** Palette sections; ids are the names used in catalog files. */
public enum Category {
    Compute, Integration, Storage, Database, Networking, Security, Observability,
    Frontend, Analytics, Media, ML, External, Generic
}
