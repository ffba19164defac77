package gov.bureau.portal.results;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PdfSheet;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The feedback letter (《预算绩效评价结果反馈意见书》) as a PDF in Chinese: the engagement and unit, the
 * score and conclusion, each finding with its category, the recommendations and the rectification
 * deadline. Fonts and cells come from {@link PdfSheet}, as for the acceptance scoring sheet.
 */
@Singleton
public class LetterPdf {

    private static final Locale ZH = Messages.CHINESE;

    private final ResultsService results;
    private final Messages messages;

    LetterPdf(ResultsService results, Messages messages) {
        this.results = results;
        this.messages = messages;
    }

    @Transactional
    public byte[] render(Actor actor, long letterId) {
        ResultsViews.LetterView l = results.letter(actor, letterId);
        ResultsViews.ResultEntry r = results.entry(l.engagementId(), l.evaluatedUnitId());
        List<ResultsViews.FindingView> findings = r.findings();
        PdfSheet.Fonts f = PdfSheet.fonts();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(m("letter.title"));
            doc.open();
            Paragraph heading = new Paragraph(m("letter.title"), f.title());
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(4);
            doc.add(heading);
            Paragraph number = new Paragraph(m("letter.number", String.valueOf(l.issuedOn().getYear()), String.valueOf(l.id())), f.small());
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(12);
            doc.add(number);
            Paragraph to = new Paragraph(m("letter.to", l.unitName()), f.normal());
            to.setSpacingAfter(6);
            doc.add(to);
            Paragraph intro = new Paragraph(m("letter.intro", l.engagementTitle()), f.normal());
            intro.setSpacingAfter(10);
            doc.add(intro);

            PdfPTable info = new PdfPTable(new float[] {1.3f, 3f, 1.3f, 3f});
            info.setWidthPercentage(100);
            PdfSheet.label(info, m("letter.engagement"), f.bold());
            PdfSheet.value(info, l.engagementTitle(), f.normal(), 3);
            PdfSheet.label(info, m("letter.unit"), f.bold());
            PdfSheet.value(info, l.unitName(), f.normal(), 1);
            PdfSheet.label(info, m("letter.project"), f.bold());
            PdfSheet.value(info, r.projectName() == null ? "" : r.projectName(), f.normal(), 1);
            PdfSheet.label(info, m("letter.funds"), f.bold());
            PdfSheet.value(info, r.funds() == null ? "" : PdfSheet.money(r.funds()), f.normal(), 1);
            PdfSheet.label(info, m("letter.score"), f.bold());
            PdfSheet.value(info, l.score().stripTrailingZeros().toPlainString(), f.normal(), 1);
            PdfSheet.label(info, m("letter.conclusion"), f.bold());
            PdfSheet.value(info, m("results.conclusion." + l.conclusion().name()), f.bold(), 1);
            PdfSheet.label(info, m("letter.deadline"), f.bold());
            PdfSheet.value(info, l.deadline().toString(), f.bold(), 1);
            info.setSpacingAfter(12);
            doc.add(info);

            PdfPTable items = new PdfPTable(new float[] {0.6f, 1.6f, 6f});
            items.setWidthPercentage(100);
            items.setHeaderRows(1);
            for (String h : new String[] {"letter.no", "letter.category", "letter.finding"}) {
                PdfSheet.header(items, m(h), f.bold());
            }
            int n = 1;
            for (ResultsViews.FindingView finding : findings) {
                PdfSheet.centred(items, String.valueOf(n++), f.normal());
                PdfSheet.centred(items, m("results.category." + finding.category().name()), f.normal());
                PdfSheet.value(items, finding.text(), f.normal(), 1);
            }
            if (findings.isEmpty()) {
                PdfSheet.value(items, m("letter.no-findings"), f.normal(), 3);
            }
            items.setSpacingAfter(12);
            doc.add(items);

            doc.add(new Paragraph(m("letter.recommendations"), f.bold()));
            Paragraph rec = new Paragraph(r.recommendations() == null ? m("letter.none") : r.recommendations(), f.normal());
            rec.setSpacingAfter(12);
            doc.add(rec);
            Paragraph ask = new Paragraph(m("letter.ask", l.deadline().toString()), f.normal());
            ask.setSpacingAfter(24);
            doc.add(ask);
            Paragraph sign = new Paragraph(m("letter.sign"), f.normal());
            sign.setAlignment(Element.ALIGN_RIGHT);
            doc.add(sign);
            Paragraph date = new Paragraph(l.issuedOn().toString(), f.normal());
            date.setAlignment(Element.ALIGN_RIGHT);
            doc.add(date);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException failure) {
            throw new IllegalStateException("the feedback letter cannot be drawn", failure);
        }
    }

    private String m(String key, Object... args) {
        return messages.get(ZH, key, args);
    }
}
