package org.patternboard.model.design;

/** Containers on the canvas. A {@code vpc} group exports a real VPC. */
public enum GroupKind {
    VPC("vpc"), SUBNET("subnet"), AVAILABILITY_ZONE("availabilityZone"), ACCOUNT("account"), REGION("region"),
    PATTERN("pattern"), FREE("free");

    private final String id;

    GroupKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static GroupKind fromId(String id) {
        for (GroupKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown group kind '" + id + "'");
    }
}
