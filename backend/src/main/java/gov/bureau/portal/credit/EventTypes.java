package gov.bureau.portal.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The credit event types in force (DOMAIN.md §6 table, API.md codes), one version of the rule table
 * {@code credit.event-types}. An event copies its type's code, names, points, validity and source
 * when it is created and keeps the id of this table's version: later edits of the table apply to
 * new events only and never rewrite the ledger.
 */
@Serdeable
public record EventTypes(List<EventType> types) {

    /** The acceptance results, created by the system from a scored engagement; staff cannot propose them. */
    public static final Set<String> ACCEPTANCE_CODES =
            Set.of("ACCEPTANCE_EXCELLENT", "ACCEPTANCE_GOOD", "ACCEPTANCE_PASS", "ACCEPTANCE_FAIL");

    /**
     * @param validityMonths how long an event of this type counts once in force
     * @param proposesBlacklist an event of this type asks an ADMIN to decide on blacklisting
     */
    @Serdeable
    public record EventType(String code, String nameZh, String nameEn, int points, int validityMonths,
                            boolean proposesBlacklist, @Nullable EventSource source) {

        public boolean systemOnly() {
            return ACCEPTANCE_CODES.contains(code);
        }
    }

    public Optional<EventType> find(String code) {
        return types == null || code == null ? Optional.empty()
                : types.stream().filter(t -> code.equals(t.code())).findFirst();
    }

    /** The acceptance type for an acceptance grade of API.md (EXCELLENT, GOOD, PASS, FAIL). */
    public static String acceptanceCode(String acceptanceGrade) {
        String code = "ACCEPTANCE_" + acceptanceGrade;
        if (!ACCEPTANCE_CODES.contains(code)) {
            throw new IllegalArgumentException("unknown acceptance grade " + acceptanceGrade);
        }
        return code;
    }

    public static final EventTypes DEFAULT = new EventTypes(List.of(
            new EventType("ACCEPTANCE_EXCELLENT", "验收考核优秀", "Acceptance: excellent", 3, 36, false, EventSource.ACCEPTANCE),
            new EventType("ACCEPTANCE_GOOD", "验收考核良好", "Acceptance: good", 1, 36, false, EventSource.ACCEPTANCE),
            new EventType("ACCEPTANCE_PASS", "验收考核合格", "Acceptance: pass", 0, 36, false, EventSource.ACCEPTANCE),
            new EventType("ACCEPTANCE_FAIL", "验收考核不合格", "Acceptance: fail", -10, 36, false, EventSource.ACCEPTANCE),
            new EventType("LATE_SUBMISSION", "工作方案或报告逾期提交", "Plan or report late", -2, 12, false, EventSource.DEADLINE),
            new EventType("UNAPPROVED_TEAM_CHANGE", "未经同意变更工作组成员", "Team changed without approval", -3, 12, false, EventSource.INSPECTION),
            new EventType("REPORT_RETURNED_REPEATEDLY", "报告退回修改超过两次", "Report returned more than twice", -2, 12, false, EventSource.INSPECTION),
            new EventType("OBSTRUCTED_INSPECTION", "拒绝或阻挠执业质量检查", "Refused or obstructed a practice-quality inspection", -10, 24, false, EventSource.INSPECTION),
            new EventType("UNAUTHORISED_SUBCONTRACTING", "未经同意转包或分包", "Subcontracted without consent", -20, 36, false, EventSource.INSPECTION),
            new EventType("CONFIDENTIALITY_BREACH", "泄露保密信息", "Leaked confidential information", -20, 36, false, EventSource.COMPLAINT),
            new EventType("FALSE_REPORT", "出具虚假或严重失实报告", "False or seriously untrue report", -40, 36, true, EventSource.INSPECTION),
            new EventType("COMMENDATION", "财政部门通报表扬", "Commendation by a finance department", 2, 12, false, EventSource.COMMENDATION),
            // the fuller misconduct list of DOMAIN.md §11 (supervision after acceptance)
            new EventType("BID_RIGGING", "串通投标或围标", "Bid rigging or collusion with another agency", -40, 36, true, EventSource.INSPECTION),
            new EventType("BRIBERY", "商业贿赂或谋取不正当利益", "Bribery or improper benefits", -40, 36, true, EventSource.INSPECTION),
            new EventType("UNDECLARED_INTEREST", "未申报利害关系", "Undeclared interest relationship", -10, 24, false, EventSource.INSPECTION),
            new EventType("NOMINAL_LEAD_EVALUATOR", "主评人挂名", "Lead evaluator in name only", -10, 24, false, EventSource.INSPECTION),
            new EventType("FABRICATED_WORKPAPERS", "工作底稿编造或缺失", "Fabricated or missing working papers", -20, 36, false, EventSource.INSPECTION),
            new EventType("SKIPPED_SITE_VERIFICATION", "未按规定实施现场核查", "Skipped on-site verification", -5, 12, false, EventSource.INSPECTION),
            new EventType("COMPLAINT", "被评价单位投诉", "Complaint by an evaluated unit", -3, 12, false, EventSource.COMPLAINT)));

    /** The codes DOMAIN.md §11 added to the defaults; a table stored before them gains them once (see DefaultTypesUpgrade). */
    public static final List<String> SUPERVISION_CODES = List.of("BID_RIGGING", "BRIBERY", "UNDECLARED_INTEREST",
            "NOMINAL_LEAD_EVALUATOR", "FABRICATED_WORKPAPERS", "SKIPPED_SITE_VERIFICATION", "COMPLAINT");

    /**
     * The type a budget unit's complaint proposes (DOMAIN.md §9, **default** −3 points, one year). A table
     * without it (a table stored before the defaults had it) gets this default until an ADMIN adds the type to the table.
     */
    public static final String COMPLAINT = "COMPLAINT";

    public static final EventType COMPLAINT_DEFAULT =
            new EventType(COMPLAINT, "被评价单位投诉", "Complaint by an evaluated unit", -3, 12, false, EventSource.COMPLAINT);

    /** The type with this code in this table, or, for COMPLAINT missing from it, {@link #COMPLAINT_DEFAULT}. */
    public Optional<EventType> findOrDefault(String code) {
        Optional<EventType> found = find(code);
        return found.isPresent() || !COMPLAINT.equals(code) ? found : Optional.of(COMPLAINT_DEFAULT);
    }
}
