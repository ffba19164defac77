package gov.bureau.portal.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Related agencies (DOMAIN.md §12), pure: from what approved profiles hold (facts), the links between
 * agencies sharing a value, and the groups (connected components) they form. Per shared value, the
 * agencies holding it are linked to the one with the smallest id (a star): as many links as agencies,
 * so one value held by many agencies costs linear work, and the components are the same as with every pair.
 */
public final class RelationFinder {

    /**
     * What a profile says that may tie it to another: {@code source} decides the kind of the link. A shareholder or
     * partner is a person's ID number or an organisation's credit code; {@code AGENCY} is an agency's own credit code,
     * so that an agency holding another is linked to it.
     */
    public enum Source { LEGAL_REPRESENTATIVE, LEAD_EVALUATOR, PRACTITIONER, PHONE, EMAIL, ADDRESS, SHAREHOLDER, AGENCY }

    /** One value of one agency's approved profile; {@code label} is shown in the evidence (already masked). */
    public record Fact(long agencyId, Source source, String value, String label) {
    }

    public record Link(long low, long high, RelationKind kind, String matchKey, String evidence) {
    }

    /** Public mail providers: a shared mailbox domain there says nothing. */
    static final Set<String> PUBLIC_MAIL = Set.of("qq.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com",
            "foxmail.com", "139.com", "189.cn", "aliyun.com", "gmail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
            "icloud.com", "msn.com", "tom.com", "21cn.com");

    private RelationFinder() {
    }

    /** The key a value is matched on, or null when the value cannot tie two agencies. */
    static String normalise(Source source, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return switch (source) {
            case LEGAL_REPRESENTATIVE, LEAD_EVALUATOR, PRACTITIONER, SHAREHOLDER, AGENCY -> "ID:" + v.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
            case PHONE -> {
                String digits = v.replaceAll("\\D", "");
                if (digits.startsWith("86") && digits.length() == 13) {
                    digits = digits.substring(2);
                }
                yield digits.length() < 7 ? null : "PHONE:" + digits;
            }
            case EMAIL -> {
                int at = v.lastIndexOf('@');
                String domain = (at < 0 ? v : v.substring(at + 1)).toLowerCase(Locale.ROOT);
                yield domain.isEmpty() || PUBLIC_MAIL.contains(domain) || reserved(domain) ? null : "MAIL:" + domain;
            }
            case ADDRESS -> {
                String a = v.toLowerCase(Locale.ROOT).replaceAll("[\\s,，.。、()（）#-]", "");
                yield a.length() < 6 ? null : "ADDR:" + a;
            }
        };
    }

    /** Names reserved for examples and tests (RFC 2606, RFC 6761): never an agency's own domain. */
    static boolean reserved(String domain) {
        return domain.matches("(.*\\.)?example\\.(com|net|org|cn)") || domain.matches(".*\\.(example|test|invalid|localhost)");
    }

    static RelationKind kind(Source a, Source b) {
        if (a == Source.SHAREHOLDER || b == Source.SHAREHOLDER || a == Source.AGENCY || b == Source.AGENCY) {
            return RelationKind.SHAREHOLDER;
        }
        if (a == Source.LEGAL_REPRESENTATIVE && b == Source.LEGAL_REPRESENTATIVE) {
            return RelationKind.LEGAL_REPRESENTATIVE;
        }
        return switch (a) {
            case LEGAL_REPRESENTATIVE, LEAD_EVALUATOR, PRACTITIONER, SHAREHOLDER, AGENCY -> RelationKind.PRACTITIONER;
            case PHONE -> RelationKind.PHONE;
            case EMAIL -> RelationKind.EMAIL_DOMAIN;
            case ADDRESS -> RelationKind.ADDRESS;
        };
    }

    /** The links the facts prove, at most one per pair, kind and shared value. */
    public static List<Link> links(Collection<Fact> facts) {
        return links(facts, null);
    }

    /**
     * The links of the given shared values only (their match keys, as links carry them), or of every value when
     * {@code only} is null: for those values, exactly what {@link #links(Collection)} finds, provided the facts hold
     * every agency holding one of them.
     */
    public static List<Link> links(Collection<Fact> facts, Set<String> only) {
        Map<String, Map<Long, Fact>> byKey = new HashMap<>();
        for (Fact f : facts) {
            String key = normalise(f.source(), f.value());
            if (key != null) {
                // one fact per agency and value: the legal representative wins over the same person as staff
                byKey.computeIfAbsent(key, k -> new HashMap<>()).merge(f.agencyId(), f,
                        (old, neu) -> old.source().ordinal() <= neu.source().ordinal() ? old : neu);
            }
        }
        List<Link> links = new ArrayList<>();
        for (Map.Entry<String, Map<Long, Fact>> e : byKey.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            String matchKey = sha256(e.getKey());
            if (only != null && !only.contains(matchKey)) {
                continue;
            }
            List<Fact> holders = new ArrayList<>(e.getValue().values());
            holders.sort(Comparator.comparingLong(Fact::agencyId));
            Fact hub = holders.get(0);
            for (Fact other : holders.subList(1, holders.size())) {
                RelationKind kind = kind(hub.source(), other.source());
                String evidence = hub.label() + " = " + other.label();
                links.add(new Link(hub.agencyId(), other.agencyId(), kind, matchKey,
                        evidence.length() > 500 ? evidence.substring(0, 500) : evidence));
            }
        }
        links.sort(Comparator.comparingLong(Link::low).thenComparingLong(Link::high).thenComparing(Link::kind).thenComparing(Link::matchKey));
        return links;
    }

    /**
     * The match keys (the hashes links carry) of the values each agency's facts hold that can tie it to another:
     * the relation index, so that the agencies sharing a value with one agency are found without reading the pool.
     */
    public static Map<Long, Set<String>> matchKeys(Collection<Fact> facts) {
        Map<String, String> hashes = new HashMap<>();
        Map<Long, Set<String>> keys = new TreeMap<>();
        for (Fact f : facts) {
            String key = normalise(f.source(), f.value());
            if (key != null) {
                keys.computeIfAbsent(f.agencyId(), k -> new TreeSet<>()).add(hashes.computeIfAbsent(key, RelationFinder::sha256));
            }
        }
        return keys;
    }

    /** The pairs of agencies linked (by the links in force), as connected components of two or more, ascending. */
    public static List<TreeSet<Long>> components(Collection<long[]> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        for (long[] p : pairs) {
            union(parent, p[0], p[1]);
        }
        Map<Long, TreeSet<Long>> groups = new LinkedHashMap<>();
        for (Long id : parent.keySet()) {
            groups.computeIfAbsent(find(parent, id), k -> new TreeSet<>()).add(id);
        }
        List<TreeSet<Long>> result = new ArrayList<>(groups.values().stream().filter(g -> g.size() > 1).toList());
        result.sort(Comparator.comparingLong(TreeSet::first));
        return result;
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (true) {
            Long p = parent.get(root);
            if (p == null || p == root) {
                break;
            }
            root = p;
        }
        long cur = x; // path compression
        while (cur != root) {
            long next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            // the smaller id becomes the root: the group's id is its smallest agency id
            if (ra < rb) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** An ID number as evidence shows it: the first 4 and last 4 characters. */
    public static String mask(String idNumber) {
        if (idNumber == null) {
            return "";
        }
        String v = idNumber.strip();
        return v.length() <= 8 ? "****" : v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
