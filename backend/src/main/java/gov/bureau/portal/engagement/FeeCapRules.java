package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fee caps for commissioned work (委托第三方机构代理业务最高限价), by engagement type and band of
 * funds involved (DOMAIN.md §4, a **default** table the ADMIN edits). A band covers
 * {@code fundsFrom <= funds < fundsBelow}; the last band of a type has no upper end.
 */
@Singleton
public class FeeCapRules implements RuleDefinition<FeeCapRules.Table> {

    public static final String KEY = "engagement.fee-caps";

    @Serdeable
    public record Cap(EngagementType type, BigDecimal fundsFrom, @Nullable BigDecimal fundsBelow, BigDecimal cap) {
    }

    @Serdeable
    public record Table(List<Cap> caps) {

        /** The cap for a fee of this type and these funds; empty when the table has no band for it. */
        public Optional<BigDecimal> capFor(EngagementType type, BigDecimal funds) {
            return caps.stream()
                    .filter(c -> c.type() == type)
                    .filter(c -> funds.compareTo(c.fundsFrom()) >= 0)
                    .filter(c -> c.fundsBelow() == null || funds.compareTo(c.fundsBelow()) < 0)
                    .map(Cap::cap)
                    .findFirst();
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Table> type() {
        return Table.class;
    }

    /**
     * No regulation fixes these figures: they are a starting point in yuan, by how heavy the work
     * usually is, for the bureau to replace with its own published caps.
     */
    @Override
    public Table defaults() {
        List<Cap> caps = new ArrayList<>();
        for (EngagementType type : EngagementType.values()) {
            long[] c = switch (type) {
                case KEY_EVALUATION, DEPARTMENT_OVERALL, POLICY_EVALUATION -> new long[] {80_000, 200_000, 400_000, 600_000};
                case TARGET_REVIEW, SELF_EVALUATION_REVIEW -> new long[] {30_000, 80_000, 150_000, 250_000};
                default -> new long[] {50_000, 120_000, 250_000, 400_000};
            };
            long[] bounds = {0, 1_000_000, 10_000_000, 50_000_000};
            for (int i = 0; i < bounds.length; i++) {
                caps.add(new Cap(type, money(bounds[i]), i + 1 < bounds.length ? money(bounds[i + 1]) : null, money(c[i])));
            }
        }
        return new Table(caps);
    }

    /** Every type has bands from 0 upwards without gaps or overlaps, the last one open, caps not negative. */
    @Override
    public List<FieldProblem> validate(Table content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content.caps() == null || content.caps().isEmpty()) {
            problems.add(new FieldProblem("content.caps", "validation.required"));
            return problems;
        }
        for (int i = 0; i < content.caps().size(); i++) {
            Cap c = content.caps().get(i);
            String at = "content.caps[" + i + "]";
            if (c == null || c.type() == null) {
                problems.add(new FieldProblem(at + ".type", "validation.required"));
                continue;
            }
            if (c.fundsFrom() == null || c.fundsFrom().signum() < 0) {
                problems.add(new FieldProblem(at + ".fundsFrom", "validation.not-negative"));
            }
            if (c.cap() == null || c.cap().signum() < 0) {
                problems.add(new FieldProblem(at + ".cap", "validation.not-negative"));
            }
            if (c.fundsFrom() != null && c.fundsBelow() != null && c.fundsBelow().compareTo(c.fundsFrom()) <= 0) {
                problems.add(new FieldProblem(at + ".fundsBelow", "validation.fee-cap-band-order"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (EngagementType type : EngagementType.values()) {
            List<Cap> bands = content.caps().stream().filter(c -> c.type() == type)
                    .sorted(Comparator.comparing(Cap::fundsFrom)).toList();
            boolean contiguous = !bands.isEmpty() && bands.get(0).fundsFrom().signum() == 0
                    && bands.get(bands.size() - 1).fundsBelow() == null;
            for (int i = 0; contiguous && i + 1 < bands.size(); i++) {
                contiguous = bands.get(i).fundsBelow() != null && bands.get(i).fundsBelow().compareTo(bands.get(i + 1).fundsFrom()) == 0;
            }
            if (!contiguous) {
                problems.add(new FieldProblem("content.caps", "validation.fee-cap-bands", type.name()));
            }
        }
        return problems;
    }

    private static BigDecimal money(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2);
    }
}
