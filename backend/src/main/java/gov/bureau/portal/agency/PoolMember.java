package gov.bureau.portal.agency;

import java.util.Map;
import java.util.Set;

/**
 * An approved agency as selection sees it.
 *
 * @param interestUnits trimmed unit names as declared (利害关系单位)
 * @param qualifiedLeadEvaluators lead evaluators with at least one unexpired certificate
 * @param trackRecordByWorkType engagement type code → number of track-record entries
 */
public record PoolMember(long id, String name, AgencyType type, AgencyStatus status,
                         Set<String> interestUnits,
                         int qualifiedLeadEvaluators,
                         Map<String, Integer> trackRecordByWorkType) {
}
