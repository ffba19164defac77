package gov.bureau.portal.common;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way lists leave the system as Excel (fastexcel): a sheet with a bold, frozen header row,
 * then the rows. Cells keep their type: money (BigDecimal) with two decimals and thousands
 * separators, dates and times as real Excel dates, numbers as numbers; texts the caller has already
 * put into the reader's language.
 */
public final class Spreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheet() {
    }

    /**
     * @param rows called once with a sink that takes each row's cells in header order; rows may be
     *             streamed from a query without collecting them first
     */
    public static byte[] write(String sheetName, List<String> headers, Consumer<Consumer<List<?>>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "portal", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().fillColor("E8ECF2").set();
                ws.width(c, Math.max(10, Math.min(40, headers.get(c).length() * 2 + 4)));
            }
            ws.freezePane(0, 1);
            int[] next = {1};
            rows.accept(cells -> {
                int r = next[0]++;
                for (int c = 0; c < cells.size(); c++) {
                    cell(ws, r, c, cells.get(c));
                }
            });
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet from rows already in memory. */
    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        return write(sheetName, headers, sink -> rows.forEach(sink));
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BigDecimal money) {
            ws.value(r, c, money);
            ws.style(r, c).format("#,##0.00").set();
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof OffsetDateTime t) {
            dateTime(ws, r, c, t.toLocalDateTime());
        } else if (v instanceof LocalDateTime t) {
            dateTime(ws, r, c, t);
        } else {
            ws.value(r, c, String.valueOf(v));
        }
    }

    private static void dateTime(Worksheet ws, int r, int c, LocalDateTime t) {
        ws.value(r, c, t);
        ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
    }
}
