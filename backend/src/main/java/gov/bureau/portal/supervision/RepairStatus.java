package gov.bureau.portal.supervision;

import java.util.EnumSet;
import java.util.Set;

/** A credit repair application: the agency applies, STAFF reviews, ADMIN decides. */
public enum RepairStatus {
    APPLIED, REVIEWED, GRANTED, REFUSED;

    public Set<RepairStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(REVIEWED);
            case REVIEWED -> EnumSet.of(GRANTED, REFUSED);
            case GRANTED, REFUSED -> EnumSet.noneOf(RepairStatus.class);
        };
    }

    public boolean open() {
        return this == APPLIED || this == REVIEWED;
    }
}
