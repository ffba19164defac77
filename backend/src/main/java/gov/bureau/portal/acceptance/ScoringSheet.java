package gov.bureau.portal.acceptance;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PdfSheet;
import gov.bureau.portal.engagement.Engagement;
import gov.bureau.portal.engagement.EngagementWorkflow;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The acceptance scoring sheet (验收考核评分表) as a PDF, in Chinese: the engagement, each item with its
 * maximum and points, the total, grade, fee ratio and payable amount, and a block for signatures.
 *
 * <p>Fonts and cells come from {@link PdfSheet}, shared with the other PDFs of the portal.
 */
@Singleton
public class ScoringSheet {

    private static final Locale ZH = Messages.CHINESE;

    private final AcceptanceService acceptance;
    private final FeeService fees;
    private final EngagementWorkflow workflow;
    private final AgencyDirectory agencies;
    private final Messages messages;

    ScoringSheet(AcceptanceService acceptance, FeeService fees, EngagementWorkflow workflow, AgencyDirectory agencies,
                 Messages messages) {
        this.acceptance = acceptance;
        this.fees = fees;
        this.workflow = workflow;
        this.agencies = agencies;
        this.messages = messages;
    }

    @Transactional
    public byte[] render(Actor actor, long id) {
        Engagement e = workflow.visible(actor, id);
        AcceptanceViews.AssessmentView a = acceptance.view(e);
        AcceptanceViews.FeeView fee = fees.view(e);
        String agency = e.getAgencyId() == null ? "" : agencies.find(e.getAgencyId()).map(AgencySummary::name).orElse("");
        try {
            PdfSheet.Fonts fonts = PdfSheet.fonts();
            Font title = fonts.title();
            Font bold = fonts.bold();
            Font normal = fonts.normal();
            Font small = fonts.small();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(m("sheet.title"));
            doc.open();

            Paragraph heading = new Paragraph(m("sheet.title"), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(4);
            doc.add(heading);
            Paragraph number = new Paragraph(m("sheet.number", String.valueOf(e.getId()), String.valueOf(a.round())), small);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(12);
            doc.add(number);

            PdfPTable info = new PdfPTable(new float[] {1.3f, 3f, 1.3f, 3f});
            info.setWidthPercentage(100);
            label(info, m("sheet.engagement"), bold);
            value(info, e.getTitle(), normal, 3);
            label(info, m("sheet.type"), bold);
            value(info, messages.get(ZH, "engagement.type." + e.getType().name()), normal, 1);
            label(info, m("sheet.commissioningUnit"), bold);
            value(info, e.getCommissioningUnit(), normal, 1);
            label(info, m("sheet.agency"), bold);
            value(info, agency, normal, 1);
            label(info, m("sheet.fee"), bold);
            value(info, money(a.fee()), normal, 1);
            label(info, m("sheet.template"), bold);
            value(info, m("sheet.template-version", String.valueOf(a.templateVersion())), normal, 1);
            label(info, m("sheet.scoredAt"), bold);
            value(info, a.scoredAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd")), normal, 1);
            info.setSpacingAfter(12);
            doc.add(info);

            PdfPTable items = new PdfPTable(new float[] {0.6f, 1.1f, 5f, 1.1f, 1.1f});
            items.setWidthPercentage(100);
            items.setHeaderRows(1);
            for (String h : new String[] {"sheet.no", "sheet.stage", "sheet.item", "sheet.max", "sheet.points"}) {
                PdfSheet.header(items, m(h), bold);
            }
            int n = 1;
            for (AcceptanceViews.ScoredItem item : a.items()) {
                centred(items, String.valueOf(n++), normal);
                centred(items, m("sheet.stage." + item.stage()), normal);
                PdfPCell name = new PdfPCell(new Phrase(item.name(), normal));
                name.setPadding(5);
                items.addCell(name);
                centred(items, points(item.maxPoints()), normal);
                centred(items, points(item.points()), normal);
            }
            PdfPCell totalLabel = new PdfPCell(new Phrase(m("sheet.total"), bold));
            totalLabel.setColspan(3);
            totalLabel.setHorizontalAlignment(Element.ALIGN_RIGHT);
            totalLabel.setPadding(5);
            items.addCell(totalLabel);
            centred(items, points(a.maxTotal()), bold);
            centred(items, points(a.total()), bold);
            items.setSpacingAfter(12);
            doc.add(items);

            PdfPTable result = new PdfPTable(new float[] {1.3f, 3f, 1.3f, 3f});
            result.setWidthPercentage(100);
            label(result, m("sheet.grade"), bold);
            value(result, messages.get(ZH, "acceptance.grade." + a.grade().name()), bold, 1);
            label(result, m("sheet.ratio"), bold);
            value(result, percent(a.feeRatio()), normal, 1);
            label(result, m("sheet.payable"), bold);
            value(result, money(a.payableAmount()), bold, 1);
            label(result, m("sheet.paid"), bold);
            value(result, money(fee.paidAmount()), normal, 1);
            if (fee.toRecover() != null && fee.toRecover().signum() > 0) {
                label(result, m("sheet.toRecover"), bold);
                value(result, money(fee.toRecover()), normal, 3);
            }
            label(result, m("sheet.comment"), bold);
            value(result, a.comment() == null ? "" : a.comment(), normal, 3);
            result.setSpacingAfter(28);
            doc.add(result);

            PdfPTable signatures = new PdfPTable(3);
            signatures.setWidthPercentage(100);
            for (String who : new String[] {"sheet.sign.scorer", "sheet.sign.reviewer", "sheet.sign.commissioner"}) {
                PdfPCell cell = new PdfPCell();
                cell.setBorder(PdfPCell.NO_BORDER);
                cell.setPaddingBottom(8);
                cell.addElement(new Paragraph(m(who), normal));
                cell.addElement(new Paragraph(" ", normal));
                cell.addElement(new Paragraph(m("sheet.sign.line"), normal));
                cell.addElement(new Paragraph(m("sheet.sign.date"), normal));
                signatures.addCell(cell);
            }
            doc.add(signatures);
            Paragraph footer = new Paragraph(m("sheet.footer", a.scoredBy()), small);
            footer.setSpacingBefore(16);
            doc.add(footer);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException failure) {
            throw new IllegalStateException("the scoring sheet cannot be drawn", failure);
        }
    }

    private String m(String key, Object... args) {
        return messages.get(ZH, key, args);
    }

    private static void label(PdfPTable table, String text, Font font) {
        PdfSheet.label(table, text, font);
    }

    private static void value(PdfPTable table, String text, Font font, int colspan) {
        PdfSheet.value(table, text, font, colspan);
    }

    private static void centred(PdfPTable table, String text, Font font) {
        PdfSheet.centred(table, text, font);
    }

    static String money(BigDecimal value) {
        return PdfSheet.money(value);
    }

    static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
