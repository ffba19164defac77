package gov.bureau.portal.common;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one way lists leave (and filing forms come into) the system as Excel (fastexcel): a sheet with a bold, frozen header row,
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
            sheet(wb, sheetName, headers, rows);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One sheet of a workbook with several, its rows in memory. */
    public record Sheet(String name, List<String> headers, List<? extends List<?>> rows) {
    }

    /** A workbook of several sheets, in the order given. */
    public static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "portal", "1.0");
            for (Sheet s : sheets) {
                sheet(wb, s.name(), s.headers(), sink -> s.rows().forEach(sink));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Workbook wb, String sheetName, List<String> headers, Consumer<Consumer<List<?>>> rows) {
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
    }

    /**
     * What a workbook that came from outside may hold (a zip bomb, an oversized sheet): at most {@code maxEntries} parts,
     * {@code maxUnpackedBytes} unpacked in all, no part unpacking to more than {@code maxRatio} times its packed size once
     * past 1 MB (the guard Apache POI's ZipSecureFile keeps, for the fastexcel reader, which has none), and per sheet at most
     * {@code maxRows} rows (the header row included) and {@code maxColumns} columns holding a value.
     */
    public record Limits(int maxEntries, long maxUnpackedBytes, double maxRatio, int maxRows, int maxColumns) {
    }

    /** A workbook beyond one of its {@link Limits}: {@code what} was found, {@code sheet} where (rows and columns). */
    public static final class TooLarge extends IOException {

        public enum What { ENTRIES, UNPACKED, RATIO, ROWS, COLUMNS }

        private final What what;
        private final String sheet;

        TooLarge(What what, String sheet) {
            super("workbook beyond its limits: " + what + (sheet == null ? "" : " in " + sheet));
            this.what = what;
            this.sheet = sheet;
        }

        public What what() {
            return what;
        }

        public String sheet() {
            return sheet;
        }
    }

    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /**
     * Reads a workbook that came from outside: every sheet by name, each row (the header row included, blank rows
     * as empty lists) as its cells' values: a String, a BigDecimal (numbers and dates as Excel keeps them), a Boolean
     * or null. The package is unpacked once under the limits before the reader opens it.
     *
     * @throws TooLarge    when the workbook is beyond one of the limits
     * @throws IOException when the bytes are not an Excel workbook (.xlsx)
     */
    public static Map<String, List<List<Object>>> read(byte[] bytes, Limits limits) throws IOException {
        inspect(bytes, limits);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                List<List<Object>> rows = new ArrayList<>();
                try (java.util.stream.Stream<Row> stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        List<Object> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
                            Object value = cell == null ? null : switch (cell.getType()) {
                                case NUMBER -> cell.asNumber();
                                case BOOLEAN -> cell.asBoolean();
                                case STRING -> cell.asString();
                                case FORMULA, ERROR -> cell.getText();
                                case EMPTY -> null;
                            };
                            if (value != null && c >= limits.maxColumns()) {
                                throw new TooLarge(TooLarge.What.COLUMNS, sheet.getName());
                            }
                            cells.add(value);
                        }
                        if (row.getRowNum() > limits.maxRows()) {
                            if (cells.stream().anyMatch(v -> v != null && !(v instanceof String t && t.isBlank()))) {
                                throw new TooLarge(TooLarge.What.ROWS, sheet.getName());
                            }
                            continue; // formatted but empty rows below the form
                        }
                        while (rows.size() < row.getRowNum() - 1) {
                            rows.add(List.of());
                        }
                        while (!cells.isEmpty() && cells.get(cells.size() - 1) == null && cells.size() > limits.maxColumns()) {
                            cells.remove(cells.size() - 1);
                        }
                        rows.add(cells);
                    }
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("not a readable workbook", e);
        }
        return sheets;
    }

    /** Unpacks every part the package's central directory names (what the reader opens), counting, under the limits. */
    private static void inspect(byte[] bytes, Limits limits) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = java.util.Collections.list(zip.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw new TooLarge(TooLarge.What.ENTRIES, null);
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory()) {
                    continue;
                }
                long packed = Math.max(1, entry.getCompressedSize());
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        total += n;
                        if (total > limits.maxUnpackedBytes()) {
                            throw new TooLarge(TooLarge.What.UNPACKED, null);
                        }
                        if (unpacked > RATIO_GRACE_BYTES && unpacked > limits.maxRatio() * packed) {
                            throw new TooLarge(TooLarge.What.RATIO, null);
                        }
                    }
                }
            }
        } catch (TooLarge e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a readable workbook", e);
        }
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
