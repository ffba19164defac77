package gov.bureau.portal.agency.filing;

import gov.bureau.portal.agency.ProfileData;
import gov.bureau.portal.common.Spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static gov.bureau.portal.agency.filing.FilingLayout.Column;

/** A profile as the national filing form ({@link FilingLayout}). Pure. */
final class FilingFormWriter {

    private FilingFormWriter() {
    }

    static byte[] write(ProfileData profile) {
        ProfileData p = profile.normalised();
        List<Spreadsheet.Sheet> sheets = new ArrayList<>();
        sheets.add(sheet(FilingLayout.BASIC, FilingLayout.BASIC_COLUMNS, List.of(Arrays.asList(p.name(), p.uscc(),
                FilingLayout.name(p.agencyType()), yesNo(p.independentLegalPerson()), p.headOffice(), p.registeredAddress(),
                p.foundedOn(), p.registeredCapital(), p.contactName(), p.contactPhone(), p.email(), p.businessScope(),
                p.qualitySystem()))));
        sheets.add(sheet(FilingLayout.SHAREHOLDERS, FilingLayout.SHAREHOLDER_COLUMNS, p.shareholders().stream()
                .map(h -> Arrays.<Object>asList(FilingLayout.name(h.holderKind()), h.name(), FilingLayout.name(h.idType()), h.idNumber(),
                        h.sharePercent())).toList()));
        ProfileData.LegalRepresentative rep = p.legalRepresentative();
        sheets.add(sheet(FilingLayout.LEGAL, FilingLayout.LEGAL_COLUMNS, rep == null ? List.of()
                : List.of(Arrays.asList(rep.name(), FilingLayout.name(rep.idType()), rep.idNumber(), rep.phone()))));
        sheets.add(people(FilingLayout.LEADS, p.leadEvaluators()));
        sheets.add(sheet(FilingLayout.BRANCHES, FilingLayout.BRANCH_COLUMNS, p.branches().stream()
                .map(b -> Arrays.<Object>asList(b.name(), b.address(), b.principal(), b.phone())).toList()));
        sheets.add(people(FilingLayout.EXPERTS, p.experts()));
        sheets.add(people(FilingLayout.OTHERS, p.otherPractitioners()));
        List<List<?>> certificates = new ArrayList<>();
        for (Map.Entry<String, String> block : FilingLayout.PEOPLE.entrySet()) {
            List<ProfileData.Person> people = switch (block.getKey()) {
                case "leadEvaluators" -> p.leadEvaluators();
                case "experts" -> p.experts();
                default -> p.otherPractitioners();
            };
            for (int i = 0; i < people.size(); i++) {
                for (ProfileData.CertificateData c : people.get(i).certificates() == null ? List.<ProfileData.CertificateData>of()
                        : people.get(i).certificates()) {
                    certificates.add(Arrays.asList(block.getValue(), i + 1, c.certType(), c.certNumber(), c.issuedOn(), c.expiresOn()));
                }
            }
        }
        sheets.add(sheet(FilingLayout.CERTIFICATES, FilingLayout.CERTIFICATE_COLUMNS, certificates));
        sheets.add(sheet(FilingLayout.DOCUMENTS, FilingLayout.DOCUMENT_COLUMNS, p.documents().stream()
                .map(d -> Arrays.<Object>asList(FilingLayout.name(d.category()), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(),
                        d.uploadedAt() == null ? null : d.uploadedAt().toString(), d.id())).toList()));
        sheets.add(sheet(FilingLayout.TRACK, FilingLayout.TRACK_COLUMNS, p.trackRecord().stream()
                .map(t -> Arrays.<Object>asList(t.client(), t.project(), t.year(), t.amount(), t.result(),
                        t.workType() == null ? null : FilingLayout.WORK_TYPES.getOrDefault(t.workType(), t.workType()))).toList()));
        sheets.add(sheet(FilingLayout.INTEREST, FilingLayout.INTEREST_COLUMNS, p.interestUnits().stream()
                .map(u -> Arrays.<Object>asList(u.unitName(), u.relationship())).toList()));
        return Spreadsheet.write(sheets);
    }

    private static Spreadsheet.Sheet people(String sheet, List<ProfileData.Person> people) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ProfileData.Person x = people.get(i);
            rows.add(Arrays.asList(i + 1, x.name(), FilingLayout.name(x.idType()), x.idNumber(), x.title(), x.field(), x.employer(),
                    x.position(), x.yearsExperience(), x.phone()));
        }
        return sheet(sheet, FilingLayout.PERSON_COLUMNS, rows);
    }

    private static Spreadsheet.Sheet sheet(String name, List<Column> columns, List<? extends List<?>> rows) {
        return new Spreadsheet.Sheet(name, columns.stream().map(Column::header).toList(), rows);
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? FilingLayout.YES : FilingLayout.NO;
    }
}
