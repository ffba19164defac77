package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.inbox.Inbox;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Tells the people concerned about credit decisions through the inbox (消息), inside the decision's
 * transaction: the agency of every proposal, result, withdrawal, decision and blacklisting; the
 * bureau of every objection; the proposer of an event of the decision on its objection. Titles
 * carry both type names so that each reader sees their language.
 */
@Singleton
class CreditNotifier {

    static final String AGENCY_PAGE = "/credit/me";
    static final String OBJECTIONS_PAGE = "/credit/objections";

    private final Inbox inbox;
    private final AgencyDirectory agencies;

    CreditNotifier(Inbox inbox, AgencyDirectory agencies) {
        this.inbox = inbox;
        this.agencies = agencies;
    }

    void eventProposed(CreditEvent e) {
        inbox.notifyAgency(e.getAgencyId(), "inbox.credit.proposed", args(e, e.getObjectionDeadline()), e.getEvidence(), AGENCY_PAGE);
    }

    void eventRecorded(CreditEvent e) {
        inbox.notifyAgency(e.getAgencyId(), "inbox.credit.recorded", args(e, e.getObjectionDeadline()), null, AGENCY_PAGE);
    }

    void eventInForce(CreditEvent e) {
        inbox.notifyAgency(e.getAgencyId(), "inbox.credit.in-force", args(e, e.getEffectiveOn()), null, AGENCY_PAGE);
    }

    /** Confirmed by an ADMIN, in force from the end of the objection window unless the agency objects. */
    void eventConfirmed(CreditEvent e) {
        inbox.notifyAgency(e.getAgencyId(), "inbox.credit.confirmed", args(e, e.getEffectiveOn()), null, AGENCY_PAGE);
    }

    /** The agency waived its objection window: the proposer learns that the event counts now. */
    void objectionWaived(CreditEvent e) {
        if (e.getProposedById() != null) {
            String agency = agencies.find(e.getAgencyId()).map(AgencySummary::name).orElse("#" + e.getAgencyId());
            inbox.notifyUser(e.getProposedById(), "inbox.credit.waived", List.of(e.getTypeNameZh(), e.getTypeNameEn(),
                    CreditNotifier.signed(e.getPoints()), agency), null, "/credit/events?agencyId=" + e.getAgencyId());
        }
    }

    void eventWithdrawn(CreditEvent e) {
        inbox.notifyAgency(e.getAgencyId(), "inbox.credit.withdrawn", args(e, null), e.getWithdrawalReason(), AGENCY_PAGE);
    }

    void objectionSubmitted(CreditObjection o, CreditEvent e) {
        String agency = agencies.find(e.getAgencyId()).map(AgencySummary::name).orElse("#" + e.getAgencyId());
        inbox.notifyBureau("inbox.credit.objection-submitted", List.of(e.getTypeNameZh(), e.getTypeNameEn(), e.getPoints(), agency),
                o.getReason(), OBJECTIONS_PAGE);
    }

    void objectionDecided(CreditObjection o, CreditEvent e) {
        String key = o.getStatus() == ObjectionStatus.UPHELD ? "inbox.credit.objection-upheld" : "inbox.credit.objection-dismissed";
        inbox.notifyAgency(e.getAgencyId(), key, args(e, null), o.getDecisionComment(), AGENCY_PAGE);
        if (e.getProposedById() != null) {
            inbox.notifyUser(e.getProposedById(), key, args(e, null), o.getDecisionComment(), OBJECTIONS_PAGE);
        }
    }

    void blacklisted(BlacklistEntry b) {
        inbox.notifyAgency(b.getAgencyId(), "inbox.credit.blacklisted", List.of(b.getUntilOn().toString()), b.getReason(), AGENCY_PAGE);
    }

    void blacklistLifted(BlacklistEntry b) {
        inbox.notifyAgency(b.getAgencyId(), "inbox.credit.blacklist-lifted", List.of(), b.getLiftReason(), AGENCY_PAGE);
    }

    /** {0} the Chinese type name, {1} the English one, {2} the points, {3} a date. */
    private static List<Object> args(CreditEvent e, java.time.LocalDate date) {
        return List.of(e.getTypeNameZh(), e.getTypeNameEn(), CreditNotifier.signed(e.getPoints()), date == null ? "" : date.toString());
    }

    static String signed(int points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }
}
