package gov.bureau.portal.agency;

import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An agency's profile versions with their reviews: the history list, one version whole with its changes,
 * the last review and the status history. Who submitted, reviewed or changed the status is shown by
 * display name (王业务, not staff), looked up once per view.
 */
@Singleton
public class ProfileHistory {

    private final Provider<AgencyService> agencies;
    private final ProfileStore store;
    private final ProfileVersionRepository versions;
    private final ReviewRepository reviews;
    private final ReviewCommentRepository reviewComments;
    private final StatusChangeRepository statusChanges;
    private final UserNames names;
    private final BureauClock clock;

    ProfileHistory(Provider<AgencyService> agencies, ProfileStore store, ProfileVersionRepository versions, ReviewRepository reviews,
                   ReviewCommentRepository reviewComments, StatusChangeRepository statusChanges, UserNames names,
                   BureauClock clock) {
        this.agencies = agencies;
        this.store = store;
        this.versions = versions;
        this.reviews = reviews;
        this.reviewComments = reviewComments;
        this.statusChanges = statusChanges;
        this.names = names;
        this.clock = clock;
    }

    /** Every version with its review, without the versions' content. */
    @Transactional
    public List<AgencyViews.VersionView> versions(Actor actor, long id) {
        Agency a = agencies.get().visible(actor, id);
        List<ProfileVersion.Head> all = versions.listByAgencyIdOrderByNumberDesc(a.getId());
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Review> byVersion = reviews.findByVersionIdIn(all.stream().map(ProfileVersion.Head::id).toList()).stream()
                .collect(Collectors.toMap(Review::versionId, Function.identity()));
        Map<Long, List<ReviewComment>> comments = byVersion.isEmpty() ? Map.of()
                : reviewComments.findByReviewIdInOrderById(byVersion.values().stream().map(Review::id).toList()).stream()
                .collect(Collectors.groupingBy(ReviewComment::reviewId));
        Map<Long, Integer> numbers = all.stream().collect(Collectors.toMap(ProfileVersion.Head::id, ProfileVersion.Head::number));
        Map<String, String> shown = names.displayNames(Stream.concat(all.stream().map(ProfileVersion.Head::submittedBy),
                byVersion.values().stream().map(Review::reviewerName)).toList());
        return all.stream().map(v -> {
            Review r = byVersion.get(v.id());
            return versionView(v, v.baseVersionId() == null ? null : numbers.get(v.baseVersionId()),
                    r == null ? null : reviewView(r, v.number(), comments.getOrDefault(r.id(), List.of()), shown), shown);
        }).toList();
    }

    @Transactional
    public AgencyViews.VersionDetail version(Actor actor, long id, int number) {
        Agency a = agencies.get().visible(actor, id);
        ProfileVersion v = versions.findByAgencyIdAndNumber(a.getId(), number).orElseThrow(PortalException::notFound);
        return detail(v, AgencyService.isOwner(actor, a));
    }

    /** One version whole, with what changed against its base and its review. */
    AgencyViews.VersionDetail detail(ProfileVersion v, boolean owner) {
        ProfileData content = store.fromJson(v.content());
        ProfileVersion base = v.baseVersionId() == null ? null : versions.findById(v.baseVersionId()).orElse(null);
        List<ProfileDiff.Change> changes;
        if (base == null) {
            changes = List.of();
        } else {
            ProfileData before = store.fromJson(base.content());
            changes = owner ? ProfileDiff.between(before, content) : ProfileDiff.masked(before, content);
        }
        Review r = reviews.findByVersionId(v.id()).orElse(null);
        List<String> people = new ArrayList<>();
        people.add(v.submittedBy());
        if (r != null) {
            people.add(r.reviewerName());
        }
        Map<String, String> shown = names.displayNames(people);
        AgencyViews.ReviewView review = r == null ? null
                : reviewView(r, v.number(), reviewComments.findByReviewIdInOrderById(List.of(r.id())), shown);
        AgencyViews.VersionView view = versionView(v.head(), base == null ? null : base.number(), review, shown);
        return new AgencyViews.VersionDetail(view, owner ? content : content.masked(), changes);
    }

    /** The agency's latest review, if any. */
    @Nullable
    AgencyViews.ReviewView lastReview(long agencyId) {
        return reviews.findFirstByAgencyIdOrderByDecidedAtDesc(agencyId)
                .map(r -> reviewView(r, versions.findNumberById(r.versionId()).orElse(0),
                        reviewComments.findByReviewIdInOrderById(List.of(r.id())), names.displayNames(List.of(r.reviewerName()))))
                .orElse(null);
    }

    /** The agency's status changes, newest first. */
    List<AgencyViews.StatusChangeView> statusHistory(long agencyId) {
        List<StatusChange> changes = statusChanges.findByAgencyIdOrderByChangedAtDesc(agencyId);
        Map<String, String> shown = names.displayNames(changes.stream().map(StatusChange::actorName).toList());
        return changes.stream()
                .map(s -> new AgencyViews.StatusChangeView(s.fromStatus(), s.toStatus(), s.reason(), shown.get(s.actorName()),
                        clock.toOffset(s.changedAt())))
                .toList();
    }

    private AgencyViews.VersionView versionView(ProfileVersion.Head v, @Nullable Integer baseNumber,
                                                @Nullable AgencyViews.ReviewView review, Map<String, String> shown) {
        return new AgencyViews.VersionView(v.id(), v.number(), v.kind(), v.state(), clock.toOffset(v.submittedAt()),
                shown.getOrDefault(v.submittedBy(), v.submittedBy()), clock.toOffset(v.decidedAt()), baseNumber, review);
    }

    private AgencyViews.ReviewView reviewView(Review r, int versionNumber, List<ReviewComment> comments, Map<String, String> shown) {
        return new AgencyViews.ReviewView(r.id(), versionNumber, r.decision(), r.comment(),
                shown.getOrDefault(r.reviewerName(), r.reviewerName()),
                clock.toOffset(r.decidedAt()),
                comments.stream().map(c -> new AgencyCommands.FieldComment(c.field(), c.comment())).toList());
    }
}
