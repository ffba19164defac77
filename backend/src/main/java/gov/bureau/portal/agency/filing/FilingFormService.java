package gov.bureau.portal.agency.filing;

import gov.bureau.portal.agency.AgencyService;
import gov.bureau.portal.agency.ProfileData;
import gov.bureau.portal.agency.ProfileRules;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.Spreadsheet;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The national filing form (DOMAIN.md §12, API.md "Selection integrity"): an approved profile exported as the
 * national platform's filing blocks, and such a form read back on registration into a profile to prefill the
 * editor — validated field by field like the form, nothing saved, every problem named by sheet, row and column.
 */
@Singleton
public class FilingFormService {

    /** A filing form is a few hundred rows: larger uploads are refused before they are opened. */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_ROWS = 1_000;
    /** The widest block has fewer than 20 columns. */
    static final int MAX_COLUMNS = 64;
    /** Unpacked, a form of 1,000 rows per sheet is a few MB; a zip bomb is refused at this much. */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    static final Spreadsheet.Limits LIMITS = new Spreadsheet.Limits(200, MAX_UNPACKED_BYTES, 100, MAX_ROWS, MAX_COLUMNS);

    private final AgencyService agencies;
    private final Validator validator;
    private final BureauClock clock;

    FilingFormService(AgencyService agencies, Validator validator, BureauClock clock) {
        this.agencies = agencies;
        this.validator = validator;
        this.clock = clock;
    }

    public byte[] export(Actor actor, long agencyId) {
        return FilingFormWriter.write(agencies.approvedProfile(actor, agencyId));
    }

    /**
     * The profile a filing form holds, or 422 naming each wrong cell; 413 for a file (or its unpacked content) too large,
     * 422 on {@code file} for a sheet beyond the rows or columns a form has. {@code agencyId}: the registering agency
     * that imports it (its own credit code is not taken), null for an anonymous caller.
     */
    public ProfileData read(InputStream in, long size, Long agencyId) {
        if (size > MAX_BYTES) {
            throw tooLarge("validation.filing.too-large", MAX_BYTES / 1024 / 1024);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // the size a client declares is not trusted
        } catch (IOException e) {
            throw PortalException.invalid("file", "validation.filing.not-a-workbook");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge("validation.filing.too-large", MAX_BYTES / 1024 / 1024);
        }
        Map<String, List<List<Object>>> sheets;
        try {
            sheets = Spreadsheet.read(bytes, LIMITS);
        } catch (Spreadsheet.TooLarge e) {
            throw switch (e.what()) {
                case ROWS -> PortalException.invalid("file", "validation.filing.too-many-rows", e.sheet(), MAX_ROWS - 1);
                case COLUMNS -> PortalException.invalid("file", "validation.filing.too-many-columns", e.sheet(), MAX_COLUMNS);
                case ENTRIES, UNPACKED, RATIO -> tooLarge("validation.filing.unpacked-too-large", MAX_UNPACKED_BYTES / 1024 / 1024);
            };
        } catch (IOException e) {
            throw PortalException.invalid("file", "validation.filing.not-a-workbook");
        }
        FilingFormReader.Parsed parsed = FilingFormReader.read(sheets);
        List<FieldProblem> problems = new ArrayList<>();
        parsed.problems().forEach(p -> problems.add(cell(p.place(), new FieldProblem(p.place().ref(), p.messageKey(), p.args()))));
        if (problems.isEmpty()) {
            ProfileData profile = parsed.profile().normalised();
            for (ConstraintViolation<ProfileData> v : validator.validate(profile)) {
                String path = gov.bureau.portal.common.ValidationMessages.fieldOf(v);
                problems.add(cell(parsed.place(path), violation(path, v)));
            }
            for (FieldProblem p : ProfileRules.format(profile, clock.today())) {
                problems.add(cell(parsed.place(p.field()), p));
            }
            if (problems.stream().noneMatch(p -> p.field().equals(parsed.place("uscc").ref()))) {
                // a code another agency holds: a registration with it could never be saved
                agencies.usccTaken(profile.uscc(), agencyId == null ? -1 : agencyId)
                        .map(p -> agencyId == null ? new FieldProblem(p.field(), "validation.uscc-registered") : p)
                        .ifPresent(p -> problems.add(cell(parsed.place("uscc"), p)));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw PortalException.invalid(problems);
        }
        return parsed.profile().normalised();
    }

    /** 413 in the error shape, naming the file. */
    private static PortalException tooLarge(String messageKey, long mb) {
        return new PortalException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "FILE_TOO_LARGE", List.of(new FieldProblem("file", messageKey, mb)), mb);
    }

    private static FieldProblem cell(FilingFormReader.Place place, FieldProblem problem) {
        return new FieldProblem(place.ref(), "validation.filing.cell", place.sheet(), place.row(), place.header(), problem);
    }

    private static FieldProblem violation(String path, ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            return new FieldProblem(path, "validation.size-max", size.max());
        }
        return new FieldProblem(path, "validation.required");
    }
}
