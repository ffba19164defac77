package gov.bureau.portal.credit;

import gov.bureau.portal.security.Actor;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the acceptance area at the port {@link AcceptanceCorrections} (its own
 * implementation is tested there): records what the credit area asked, and can refuse, so that the
 * credit side's part of an upheld score objection is tested on its own.
 */
@Singleton
@Replaces(AcceptanceCorrections.class)
@Requires(property = "credit-test.recording-corrections", value = "true")
public class RecordingCorrections implements AcceptanceCorrections {

    public record Call(String admin, long engagementId, String reason) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public volatile boolean refuse;

    @Override
    public void reopenAfterUpheldObjection(Actor admin, long engagementId, String reason) {
        if (refuse) {
            throw gov.bureau.portal.common.PortalException.conflict("STALE_VERSION");
        }
        calls.add(new Call(admin.username(), engagementId, reason));
    }
}
