package gov.bureau.portal.acceptance;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.common.Messages;
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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The acceptance scoring sheet (验收考核评分表) as a PDF, in Chinese: the engagement, each item with its
 * maximum and points, the total, grade, fee ratio and payable amount, and a block for signatures.
 *
 * <p>Chinese text uses Adobe's CJK font STSong-Light with the UniGB-UCS2-H encoding, whose metrics and
 * CMaps ship inside the OpenPDF jar: no font file is needed on the server, and the PDF stays small.
 * The glyphs are not embedded; a reader shows them with its own Chinese font (Adobe Reader, browsers
 * and poppler with its CJK data do).
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
            BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(base, 16, Font.BOLD);
            Font bold = new Font(base, 10.5f, Font.BOLD);
            Font normal = new Font(base, 10.5f, Font.NORMAL);
            Font small = new Font(base, 9, Font.NORMAL, new Color(90, 90, 90));
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
                PdfPCell cell = new PdfPCell(new Phrase(m(h), bold));
                cell.setBackgroundColor(new Color(221, 228, 238));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(5);
                items.addCell(cell);
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
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private String m(String key, Object... args) {
        return messages.get(ZH, key, args);
    }

    private static void label(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(new Color(244, 246, 249));
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static void value(PdfPTable table, String text, Font font, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setColspan(colspan);
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static void centred(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(5);
        table.addCell(cell);
    }

    static String money(BigDecimal value) {
        return "¥" + new DecimalFormat("#,##0.00").format(value.setScale(2, RoundingMode.UNNECESSARY)) + " 元";
    }

    static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
