package org.patternboard.model.catalog;

/** What a connection means; exports and rules depend on it. Ids are the contract's spelling. */
public enum ConnectionKind {
    INVOKES("invokes"), TRIGGERS("triggers"), PUBLISHES("publishes"), SUBSCRIBES("subscribes"),
    ROUTES("routes"), READS("reads"), WRITES("writes"), READ_WRITES("readWrites"),
    INTEGRATES("integrates"), ORCHESTRATES("orchestrates"), PROTECTS("protects"), SERVES("serves"),
    FAILS_TO("failsTo"), SUCCEEDS_TO("succeedsTo"), MONITORS("monitors"), CONNECTS("connects"),
    MOUNTS("mounts"), AUTHORIZES("authorizes"), USES("uses"),
    /** A reference in an imported template that no other kind describes (drawn, never exported as wiring). */
    REFERENCES("references");

    private final String id;

    ConnectionKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ConnectionKind fromId(String id) {
        for (ConnectionKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown connection kind '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
