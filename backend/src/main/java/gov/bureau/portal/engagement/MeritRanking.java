package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.PoolMember;
import gov.bureau.portal.credit.CreditStanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The shortlist a choice on merit is made from (DOMAIN.md §3), pure beside {@link Draw}: the eligible
 * agencies, best credit grade first, then most track record in the engagement's type of work, most
 * qualified lead evaluators, highest credit score, and the agency id to break a tie.
 */
final class MeritRanking {

    private MeritRanking() {
    }

    static List<EngagementViews.Ranked> rank(List<Eligibility.Candidate> eligible, Map<Long, PoolMember> members,
                                             Map<Long, CreditStanding> standings, EngagementType engagementType) {
        String type = engagementType.name();
        List<Eligibility.Candidate> sorted = new ArrayList<>(eligible);
        sorted.sort(Comparator.<Eligibility.Candidate>comparingInt(c -> c.grade().ordinal())
                .thenComparing(c -> -members.get(c.agencyId()).trackRecordByWorkType().getOrDefault(type, 0))
                .thenComparing(c -> -members.get(c.agencyId()).qualifiedLeadEvaluators())
                .thenComparing(c -> -standings.get(c.agencyId()).score())
                .thenComparingLong(Eligibility.Candidate::agencyId));
        List<EngagementViews.Ranked> ranked = new ArrayList<>();
        for (Eligibility.Candidate c : sorted) {
            PoolMember m = members.get(c.agencyId());
            ranked.add(new EngagementViews.Ranked(ranked.size() + 1, c.agencyId(), m.name(), c.grade().name(),
                    standings.get(c.agencyId()).score(), m.trackRecordByWorkType().getOrDefault(type, 0), m.qualifiedLeadEvaluators()));
        }
        return ranked;
    }
}
