package gov.bureau.portal.agency;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/** The agency area's editable rule tables (DOMAIN.md §3 defaults). */
public final class AgencyRules {

    private AgencyRules() {
    }

    /** 年度信息确认: agencies in the pool confirm their profile each year by this day (default 31 March). */
    @Serdeable
    public record AnnualConfirmation(int deadlineMonth, int deadlineDay) {

        /** The deadline of the given year (29 February falls back to the 28th in other years). */
        public LocalDate deadlineIn(int year) {
            MonthDay md = MonthDay.of(deadlineMonth, deadlineDay);
            return md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, deadlineMonth, 28);
        }

        /** Overdue: in the pool, the deadline of this year has passed and this year is not confirmed. */
        public boolean overdue(AgencyStatus status, Integer confirmedYear, LocalDate today) {
            return status.inPool() && today.isAfter(deadlineIn(today.getYear()))
                    && (confirmedYear == null || confirmedYear < today.getYear());
        }
    }

    /** Certificates are flagged this many days before they expire (default 30). */
    @Serdeable
    public record CertificateExpiry(int warningDays) {
    }

    @Singleton
    public static class AnnualConfirmationRule implements RuleDefinition<AnnualConfirmation> {
        @Override
        public String key() {
            return "agency.annual-confirmation";
        }

        @Override
        public Class<AnnualConfirmation> type() {
            return AnnualConfirmation.class;
        }

        @Override
        public AnnualConfirmation defaults() {
            return new AnnualConfirmation(3, 31);
        }

        @Override
        public List<FieldProblem> validate(AnnualConfirmation content) {
            List<FieldProblem> problems = new ArrayList<>();
            if (content.deadlineMonth() < 1 || content.deadlineMonth() > 12) {
                problems.add(new FieldProblem("content.deadlineMonth", "validation.range", 1, 12));
                return problems;
            }
            try {
                MonthDay.of(content.deadlineMonth(), content.deadlineDay());
            } catch (DateTimeException e) {
                problems.add(new FieldProblem("content.deadlineDay", "validation.invalid-value"));
            }
            return problems;
        }
    }

    @Singleton
    public static class CertificateExpiryRule implements RuleDefinition<CertificateExpiry> {
        @Override
        public String key() {
            return "agency.certificate-expiry";
        }

        @Override
        public Class<CertificateExpiry> type() {
            return CertificateExpiry.class;
        }

        @Override
        public CertificateExpiry defaults() {
            return new CertificateExpiry(30);
        }

        @Override
        public List<FieldProblem> validate(CertificateExpiry content) {
            return content.warningDays() < 1 || content.warningDays() > 365
                    ? List.of(new FieldProblem("content.warningDays", "validation.range", 1, 365)) : List.of();
        }
    }
}
