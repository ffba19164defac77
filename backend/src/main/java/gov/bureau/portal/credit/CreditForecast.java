package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Credit explained and forecast (DOMAIN.md §12): the score and grade on a future day if nothing new
 * happens, and which events in force today stop counting by then. The numbers come from
 * {@link CreditRules} through {@link StandingWriter#compute}, the very code that grades; nothing is
 * computed a second way.
 */
@Singleton
public class CreditForecast {

    /** An event that stops counting by the day asked about, named as it was recorded (in both languages). */
    @Serdeable
    public record Expiring(long eventId, String type, String typeNameZh, String typeNameEn, LocalDate expiresOn, int points) {
    }

    @Serdeable
    public record Forecast(long agencyId, LocalDate today, int scoreToday, CreditGrade gradeToday, LocalDate on, int score,
                           CreditGrade grade, boolean blacklisted, @Nullable LocalDate blacklistedUntil, int base,
                           List<Expiring> expiring) {
    }

    private final JdbcOperations jdbc;
    private final StandingWriter standings;
    private final CreditRuleBook rules;
    private final AgencyDirectory agencies;
    private final BureauClock clock;

    CreditForecast(JdbcOperations jdbc, StandingWriter standings, CreditRuleBook rules, AgencyDirectory agencies, BureauClock clock) {
        this.jdbc = jdbc;
        this.standings = standings;
        this.rules = rules;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public Forecast forecast(Actor actor, long agencyId, @Nullable LocalDate on) {
        if (!actor.maySeeAgency(agencyId)) {
            throw PortalException.notFound();
        }
        agencies.find(agencyId).orElseThrow(PortalException::notFound);
        LocalDate today = clock.today();
        LocalDate day = on == null ? today : on;
        if (day.isBefore(today)) {
            throw PortalException.invalid("on", "validation.forecast-not-past", today.toString());
        }
        if (day.isAfter(today.plusYears(10))) {
            throw PortalException.invalid("on", "validation.forecast-too-far", today.plusYears(10).toString());
        }
        CreditBands bands = rules.bands();
        CreditRules.Standing now = standings.compute(agencyId, bands, today);
        CreditRules.Standing then = standings.compute(agencyId, bands, day);
        List<Expiring> expiring = new ArrayList<>();
        jdbc.prepareStatement("SELECT id, type_code, status, points, effective_on, expires_on, type_name_zh, type_name_en FROM credit_event "
                + "WHERE agency_id = ? AND status IN ('PROPOSED', 'EFFECTIVE') ORDER BY expires_on, id", st -> {
            st.setLong(1, agencyId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    CreditRules.Fact fact = new CreditRules.Fact(EventStatus.valueOf(rs.getString(3)), rs.getInt(4),
                            rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate());
                    if (fact.inForce(today) && !fact.inForce(day)) {
                        expiring.add(new Expiring(rs.getLong(1), rs.getString(2), rs.getString(7), rs.getString(8), fact.expiresOn(),
                                fact.points()));
                    }
                }
            }
            return null;
        });
        return new Forecast(agencyId, today, now.score(), now.grade(), day, then.score(), then.grade(), then.blacklisted(),
                then.blacklistedUntil(), CreditRules.clamp(bands.base()), expiring);
    }
}
