package gov.bureau.portal.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** GET /api/dashboard: the figures of DOMAIN.md §7. Money in yuan with two decimals. */
@Serdeable
public record DashboardView(
        LocalDate asOf,
        List<Count> agenciesByStatus,
        List<Count> agenciesByGrade,
        long blacklisted,
        List<Count> engagementsByState,
        List<MonthFees> feesByMonth,
        Overdue overdue,
        Certificates certificates,
        AcceptanceScores acceptanceScores,
        Credit credit) {

    @Serdeable
    public record Count(String key, long count) {
    }

    /** Contracted: fees of contracts concluded in the month; paid: payments made in the month (advances included). */
    @Serdeable
    public record MonthFees(String month, BigDecimal contracted, BigDecimal paid) {
    }

    /** Overdue engagements: plans (to submit or to review), reports (to submit or to review), anything else. */
    @Serdeable
    public record Overdue(long plans, long reports, long other, List<OverdueItem> items) {
    }

    @Serdeable
    public record OverdueItem(long engagementId, String title, @Nullable String agencyName, String state,
                              @Nullable LocalDate deadline, @Nullable LocalDate overdueSince) {
    }

    /** Qualification certificates of active lead evaluators of agencies in the pool. */
    @Serdeable
    public record Certificates(int warningDays, long expiring, long expired, List<CertificateItem> items) {
    }

    @Serdeable
    public record CertificateItem(long agencyId, String agencyName, String personName, String certType, LocalDate expiresOn) {
    }

    /** The current score of every scored engagement, in bands of ten (below 60 in one), and by grade. */
    @Serdeable
    public record AcceptanceScores(List<Count> bands, List<Count> grades, @Nullable BigDecimal average, long scored) {
    }

    /** What waits on the credit side: objections for an ADMIN to decide. */
    @Serdeable
    public record Credit(long pendingObjections) {
    }
}
