package gov.bureau.portal.supervision;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one inspected item, written once. SAMPLED → (PAPERS_REQUESTED → PAPERS_SUBMITTED) →
 * FINDING_RECORDED → (RECTIFIED, the agency's answer) → CONCLUDED (the bureau's conclusion). A finding
 * may be recorded without papers (the deadline passed), and further findings may follow a first.
 */
public enum ItemStatus {
    SAMPLED, PAPERS_REQUESTED, PAPERS_SUBMITTED, FINDING_RECORDED, RECTIFIED, CONCLUDED;

    public Set<ItemStatus> next() {
        return switch (this) {
            case SAMPLED -> EnumSet.of(PAPERS_REQUESTED, FINDING_RECORDED);
            case PAPERS_REQUESTED -> EnumSet.of(PAPERS_REQUESTED, PAPERS_SUBMITTED, FINDING_RECORDED);
            case PAPERS_SUBMITTED -> EnumSet.of(PAPERS_REQUESTED, PAPERS_SUBMITTED, FINDING_RECORDED);
            case FINDING_RECORDED -> EnumSet.of(FINDING_RECORDED, RECTIFIED, CONCLUDED);
            case RECTIFIED -> EnumSet.of(RECTIFIED, CONCLUDED);
            case CONCLUDED -> EnumSet.noneOf(ItemStatus.class);
        };
    }

    public boolean canMoveTo(ItemStatus target) {
        return next().contains(target);
    }
}
