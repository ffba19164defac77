package gov.bureau.portal.agency.filing;

import gov.bureau.portal.agency.AgencyType;
import gov.bureau.portal.agency.DocumentCategory;
import gov.bureau.portal.agency.IdType;
import gov.bureau.portal.agency.ProfileData;
import gov.bureau.portal.agency.Shareholder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static gov.bureau.portal.agency.filing.FilingLayout.Column;

/**
 * A filing form ({@link FilingLayout}) back into a profile, pure: the cells' types are checked here (a date, a
 * number, one of the choices); every field's place is kept, so that the form's own rules, checked afterwards,
 * name the sheet, row and column of each problem. Columns are found by their headers, in any order.
 */
final class FilingFormReader {

    /** A cell: its sheet, row (from 1, the header row being 1) and column (from 0) with the column's header. */
    record Place(String sheet, int row, int column, String header) {
        String ref() {
            return sheet + "!" + FilingLayout.letter(column) + row;
        }
    }

    /** A problem of one cell: a message key of the profile's rules and its arguments. */
    record Problem(Place place, String messageKey, Object... args) {
    }

    /** The profile read, where each of its fields came from, and the cells that could not be read. */
    record Parsed(ProfileData profile, Map<String, Place> places, List<Problem> problems) {

        /** Where a field path of the profile came from; a list or block that has no cell of its own points at its header row. */
        Place place(String path) {
            String p = path;
            while (true) {
                Place found = places.get(p);
                if (found != null) {
                    return found;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (cut <= 0) {
                    return places.getOrDefault(p, new Place(FilingLayout.BASIC, 1, 0, FilingLayout.BASIC_COLUMNS.get(0).header()));
                }
                p = p.substring(0, cut);
            }
        }
    }

    private final Map<String, List<List<Object>>> sheets;
    private final Map<String, Place> places = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private FilingFormReader(Map<String, List<List<Object>>> sheets) {
        this.sheets = sheets;
    }

    static Parsed read(Map<String, List<List<Object>>> sheets) {
        return new FilingFormReader(sheets).parse();
    }

    /** One data row of a sheet with its columns found by header. */
    private final class Line {
        final String sheet;
        final int row;
        final List<Object> cells;
        final Map<String, Integer> columns;
        final List<Column> layout;
        final String prefix;

        Line(String sheet, int row, List<Object> cells, Map<String, Integer> columns, List<Column> layout, String prefix) {
            this.sheet = sheet;
            this.row = row;
            this.cells = cells;
            this.columns = columns;
            this.layout = layout;
            this.prefix = prefix;
        }

        private Place place(String field) {
            Column col = layout.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
            Place place = new Place(sheet, row, columns.getOrDefault(col.header(), 0), col.header());
            places.put(prefix + field, place);
            return place;
        }

        Object raw(String field) {
            Place place = place(field);
            Integer c = columns.get(place.header());
            return c == null || c >= cells.size() ? null : cells.get(c);
        }

        String text(String field) {
            Object v = raw(field);
            String s = v == null ? null : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : v instanceof Boolean b ? (b ? FilingLayout.YES : FilingLayout.NO) : v.toString().strip();
            return s == null || s.isEmpty() ? null : s;
        }

        BigDecimal number(String field) {
            Object v = raw(field);
            if (v instanceof BigDecimal d) {
                return d;
            }
            String s = text(field);
            try {
                return s == null ? null : new BigDecimal(s.replace(",", "").replace("，", ""));
            } catch (NumberFormatException e) {
                problems.add(new Problem(place(field), "validation.filing.number"));
                return null;
            }
        }

        /** An amount or a share with two decimals, as the profile keeps it (more decimals are left for the rules to refuse). */
        BigDecimal money(String field) {
            BigDecimal d = number(field);
            return d == null || d.stripTrailingZeros().scale() > 2 ? d : d.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }

        Integer integer(String field) {
            BigDecimal d = number(field);
            if (d == null) {
                return null;
            }
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                problems.add(new Problem(place(field), "validation.filing.integer"));
                return null;
            }
        }

        Long whole(String field) {
            BigDecimal d = number(field);
            try {
                return d == null ? null : d.longValueExact();
            } catch (ArithmeticException e) {
                problems.add(new Problem(place(field), "validation.filing.integer"));
                return null;
            }
        }

        LocalDate date(String field) {
            Object v = raw(field);
            if (v instanceof BigDecimal serial) { // an Excel date: days since 1899-12-30
                return LocalDate.of(1899, 12, 30).plusDays(serial.longValue());
            }
            String s = text(field);
            if (s == null) {
                return null;
            }
            String iso = s.replaceAll("[年月./]", "-").replace("日", "").replaceAll("\\s.*$", "");
            try {
                return LocalDate.parse(iso, DateTimeFormatter.ofPattern("y-M-d"));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(place(field), "validation.filing.date"));
                return null;
            }
        }

        Boolean yesNo(String field) {
            String s = text(field);
            if (s == null) {
                return null;
            }
            return switch (s.toUpperCase(Locale.ROOT)) {
                case "是", "Y", "YES", "TRUE" -> true;
                case "否", "N", "NO", "FALSE" -> false;
                default -> {
                    problems.add(new Problem(place(field), "validation.filing.choice", FilingLayout.YES + "、" + FilingLayout.NO));
                    yield null;
                }
            };
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            String s = text(field);
            if (s == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (s.equals(FilingLayout.name(e)) || s.equalsIgnoreCase(e.name())) {
                    return e;
                }
            }
            problems.add(new Problem(place(field), "validation.filing.choice", java.util.Arrays.stream(type.getEnumConstants())
                    .map(FilingLayout::name).collect(Collectors.joining("、"))));
            return null;
        }

        String workType(String field) {
            String s = text(field);
            if (s == null) {
                return null;
            }
            for (Map.Entry<String, String> e : FilingLayout.WORK_TYPES.entrySet()) {
                if (s.equals(e.getValue()) || s.equalsIgnoreCase(e.getKey())) {
                    return e.getKey();
                }
            }
            problems.add(new Problem(place(field), "validation.filing.choice", String.join("、", FilingLayout.WORK_TYPES.values())));
            return null;
        }

        Instant instant(String field) {
            String s = text(field);
            try {
                return s == null ? null : Instant.parse(s);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(place(field), "validation.filing.date"));
                return null;
            }
        }
    }

    /** The data rows (not blank) of a sheet; a missing sheet has none, a missing column is a problem of its header row. */
    private List<Line> lines(String sheet, List<Column> layout, String block) {
        List<List<Object>> rows = sheets.get(sheet);
        places.put(block, new Place(sheet, 1, 0, layout.get(0).header()));
        if (rows == null || rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<Object> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c) != null) {
                columns.put(header.get(c).toString().strip(), c);
            }
        }
        for (Column col : layout) {
            if (!columns.containsKey(col.header())) {
                problems.add(new Problem(new Place(sheet, 1, header.size(), col.header()), "validation.filing.column-missing"));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Object> cells = rows.get(r);
            if (cells.stream().anyMatch(v -> v != null && !v.toString().isBlank())) {
                lines.add(new Line(sheet, r + 1, cells, columns, layout, block + "[" + lines.size() + "]."));
            }
        }
        return lines;
    }

    /** The single data row of a one-row sheet (basic information, legal representative), or null. */
    private Line single(String sheet, List<Column> layout, String prefix) {
        List<Line> lines = lines(sheet, layout, prefix.isEmpty() ? sheet : prefix.substring(0, prefix.length() - 1));
        if (lines.size() > 1) {
            problems.add(new Problem(new Place(sheet, lines.get(1).row, 0, layout.get(0).header()), "validation.filing.one-row"));
        }
        return lines.isEmpty() ? null : new Line(sheet, lines.get(0).row, lines.get(0).cells, lines.get(0).columns, layout, prefix);
    }

    private Parsed parse() {
        if (!sheets.containsKey(FilingLayout.BASIC)) {
            problems.add(new Problem(new Place(FilingLayout.BASIC, 1, 0, FilingLayout.BASIC_COLUMNS.get(0).header()),
                    "validation.filing.sheet-missing"));
        }
        Line b = single(FilingLayout.BASIC, FilingLayout.BASIC_COLUMNS, "");
        List<ProfileData.ShareholderData> holders = lines(FilingLayout.SHAREHOLDERS, FilingLayout.SHAREHOLDER_COLUMNS, "shareholders").stream()
                .map(l -> new ProfileData.ShareholderData(null, l.choice("holderKind", Shareholder.HolderKind.class), l.text("name"),
                        l.choice("idType", IdType.class), l.text("idNumber"), l.money("sharePercent"))).toList();
        Line legal = single(FilingLayout.LEGAL, FilingLayout.LEGAL_COLUMNS, "legalRepresentative.");
        ProfileData.LegalRepresentative rep = legal == null ? null : new ProfileData.LegalRepresentative(legal.text("name"),
                legal.choice("idType", IdType.class), legal.text("idNumber"), legal.text("phone"));
        Map<String, List<ProfileData.Person>> people = new HashMap<>();
        Map<String, Map<Integer, Integer>> numbers = new HashMap<>();
        Map<String, List<List<ProfileData.CertificateData>>> certificates = new HashMap<>();
        for (Map.Entry<String, String> block : FilingLayout.PEOPLE.entrySet()) {
            List<ProfileData.Person> list = new ArrayList<>();
            Map<Integer, Integer> byNumber = new HashMap<>();
            List<List<ProfileData.CertificateData>> certs = new ArrayList<>();
            for (Line l : lines(block.getValue(), FilingLayout.PERSON_COLUMNS, block.getKey())) {
                Integer number = l.integer("number");
                byNumber.put(number == null ? list.size() + 1 : number, list.size());
                List<ProfileData.CertificateData> own = new ArrayList<>();
                certs.add(own);
                list.add(new ProfileData.Person(null, l.text("name"), l.choice("idType", IdType.class), l.text("idNumber"), l.text("title"),
                        l.text("field"), l.text("employer"), l.text("position"), l.integer("yearsExperience"), l.text("phone"), own));
            }
            people.put(block.getKey(), list);
            numbers.put(block.getKey(), byNumber);
            certificates.put(block.getKey(), certs);
        }
        for (Line l : lines(FilingLayout.CERTIFICATES, FilingLayout.CERTIFICATE_COLUMNS, "certificates")) {
            String sheet = l.text("block");
            String block = FilingLayout.PEOPLE.entrySet().stream().filter(e -> e.getValue().equals(sheet) || e.getKey().equalsIgnoreCase(sheet))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            Integer number = l.integer("number");
            Integer index = block == null || number == null ? null : numbers.get(block).get(number);
            if (block == null) {
                problems.add(new Problem(l.place("block"), "validation.filing.choice", String.join("、", FilingLayout.PEOPLE.values())));
            } else if (index == null) {
                problems.add(new Problem(l.place("number"), "validation.filing.person-unknown", sheet));
            } else {
                List<ProfileData.CertificateData> own = certificates.get(block).get(index);
                // the certificate's cells answer for the person's certificate fields
                Line at = new Line(l.sheet, l.row, l.cells, l.columns, l.layout, block + "[" + index + "].certificates[" + own.size() + "].");
                own.add(new ProfileData.CertificateData(at.text("certType"), at.text("certNumber"), at.date("issuedOn"), at.date("expiresOn")));
            }
        }
        List<ProfileData.BranchData> branches = lines(FilingLayout.BRANCHES, FilingLayout.BRANCH_COLUMNS, "branches").stream()
                .map(l -> new ProfileData.BranchData(null, l.text("name"), l.text("address"), l.text("principal"), l.text("phone"))).toList();
        List<ProfileData.DocumentRef> documents = new ArrayList<>();
        for (Line l : lines(FilingLayout.DOCUMENTS, FilingLayout.DOCUMENT_COLUMNS, "documents")) {
            Long id = l.whole("id");
            Long size = l.whole("sizeBytes");
            DocumentCategory category = l.choice("category", DocumentCategory.class);
            documents.add(new ProfileData.DocumentRef(id == null ? 0 : id, category, l.text("fileName"), l.text("contentType"),
                    size == null ? 0 : size, l.text("sha256"), l.instant("uploadedAt")));
        }
        List<ProfileData.TrackEntry> track = lines(FilingLayout.TRACK, FilingLayout.TRACK_COLUMNS, "trackRecord").stream()
                .map(l -> new ProfileData.TrackEntry(null, l.text("client"), l.text("project"), l.integer("year"), l.money("amount"),
                        l.text("result"), l.workType("workType"))).toList();
        List<ProfileData.InterestUnitData> interest = lines(FilingLayout.INTEREST, FilingLayout.INTEREST_COLUMNS, "interestUnits").stream()
                .map(l -> new ProfileData.InterestUnitData(null, l.text("unitName"), l.text("relationship"))).toList();
        ProfileData profile = new ProfileData(b == null ? null : b.text("name"), b == null ? null : b.text("uscc"),
                b == null ? null : b.choice("agencyType", AgencyType.class), b == null ? null : b.yesNo("independentLegalPerson"),
                b == null ? null : b.text("headOffice"), b == null ? null : b.text("registeredAddress"), b == null ? null : b.date("foundedOn"),
                b == null ? null : b.money("registeredCapital"), b == null ? null : b.text("contactName"),
                b == null ? null : b.text("contactPhone"), b == null ? null : b.text("email"), b == null ? null : b.text("businessScope"),
                b == null ? null : b.text("qualitySystem"), rep, people.get("leadEvaluators"), branches, people.get("experts"),
                people.get("otherPractitioners"), track, documents, false, interest, holders);
        return new Parsed(profile, places, problems);
    }
}
