package gov.bureau.portal.agency.filing;

import gov.bureau.portal.agency.AgencyType;
import gov.bureau.portal.agency.DocumentCategory;
import gov.bureau.portal.agency.IdType;
import gov.bureau.portal.agency.ProfileData;
import gov.bureau.portal.agency.Shareholder;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.common.Spreadsheet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The national filing form, pure: a profile with every field filled leaves as a workbook and comes back the same. */
class FilingFormTest {

    static String id(int n) {
        return ResidentId.compose("320102", LocalDate.of(1970 + n, 1 + n, 1 + n), 100 + n);
    }

    /** A profile with every field of every block filled in (ids aside: the form does not carry the portal's row ids). */
    static ProfileData full() {
        ProfileData.CertificateData cpa = new ProfileData.CertificateData("注册会计师", "320100010023", LocalDate.of(2010, 1, 1),
                LocalDate.of(2030, 12, 31));
        ProfileData.CertificateData appraiser = new ProfileData.CertificateData("资产评估师", "32000088", LocalDate.of(2012, 5, 6),
                LocalDate.of(2029, 5, 5));
        return new ProfileData("南京某会计师事务所", Uscc.compose("91", "320100", "MA1MXXXX"), AgencyType.ACCOUNTING_FIRM, false,
                "某会计师事务所（特殊普通合伙）", "南京市鼓楼区中山北路 100 号", LocalDate.of(2008, 6, 18), new BigDecimal("5000000.00"),
                "王联系", "025-83456789", "office@firm-a.cn", "审计、预算绩效评价", "三级复核；底稿保管十年",
                new ProfileData.LegalRepresentative("陈法人", IdType.RESIDENT_ID, id(1), "13800138000"),
                List.of(new ProfileData.Person(null, "张主评", IdType.RESIDENT_ID, id(2), "高级会计师", "财政", "本所", "合伙人", 12,
                                "13900000001", List.of(cpa, appraiser)),
                        new ProfileData.Person(null, "李主评", IdType.PASSPORT, "E12345678", "注册会计师", "教育", "本所", "经理", 8,
                                "13900000002", List.of())),
                List.of(new ProfileData.BranchData(null, "苏州分所", "苏州市姑苏区人民路 8 号", "刘分所", "0512-66778899")),
                List.of(new ProfileData.Person(null, "赵专家", IdType.RESIDENT_ID, id(3), "教授", "教育经费管理", "南京某大学", "教师", 20,
                        "13900000003", List.of(new ProfileData.CertificateData("高级职称证书", "J-2001", LocalDate.of(2001, 9, 1), null)))),
                List.of(new ProfileData.Person(null, "钱助理", IdType.RESIDENT_ID, id(4), "会计师", "审计", "本所", "项目助理", 3,
                        "13900000004", List.of())),
                List.of(new ProfileData.TrackEntry(null, "南京市某区财政局", "2023 年义务教育经费绩效评价", 2024, new BigDecimal("180000.00"),
                                "优秀", "KEY_EVALUATION"),
                        new ProfileData.TrackEntry(null, "南京市某区教育局", "课后服务咨询", 2023, new BigDecimal("50000.50"), "合格", null)),
                List.of(new ProfileData.DocumentRef(41, DocumentCategory.BUSINESS_LICENCE, "营业执照.pdf", "application/pdf", 12345,
                        "ab".repeat(32), Instant.parse("2026-03-01T08:15:30.123456Z"))),
                false,
                List.of(new ProfileData.InterestUnitData(null, "南京市某区审计局", "常年审计顾问")),
                List.of(new ProfileData.ShareholderData(null, Shareholder.HolderKind.PERSON, "陈法人", IdType.RESIDENT_ID, id(1),
                                new BigDecimal("60.00")),
                        new ProfileData.ShareholderData(null, Shareholder.HolderKind.ORGANISATION, "南京某投资有限公司", null,
                                Uscc.compose("91", "320100", "MA1MYYYY"), new BigDecimal("40.00")))).normalised();
    }

    static FilingFormReader.Parsed roundTrip(byte[] bytes) throws IOException {
        return FilingFormReader.read(Spreadsheet.read(bytes, FilingFormService.LIMITS));
    }

    @Test
    void aProfileComesBackWithEveryField() throws IOException {
        ProfileData p = full();
        FilingFormReader.Parsed parsed = roundTrip(FilingFormWriter.write(p));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.profile().normalised()).isEqualTo(p);
    }

    @Test
    void theSheetsAreTheNationalBlocksInOrderThenTheRestOfTheProfile() throws IOException {
        Map<String, List<List<Object>>> sheets = Spreadsheet.read(FilingFormWriter.write(full()), FilingFormService.LIMITS);
        assertThat(sheets.keySet()).containsExactly("机构基本信息", "股东及合伙人", "法定代表人", "主评人", "分支机构", "合作专家",
                "其他从业人员", "人员证书", "证明材料", "业绩", "利害关系单位");
        assertThat(sheets.get("主评人").get(0)).containsExactly("序号", "姓名", "证件类型", "证件号码", "职称", "专业领域", "工作单位",
                "岗位", "评价从业年限", "手机号码");
        assertThat(sheets.get("机构基本信息").get(1)).contains("会计师事务所", "否");
        assertThat(sheets.get("主评人").get(1)).contains(id(2), "居民身份证");
    }

    /** A form typed by hand: columns in another order, codes instead of names, dates as text, blank rows. */
    @Test
    void aHandTypedFormIsReadByHeadersNamesOrCodesAndTextDates() throws IOException {
        List<Spreadsheet.Sheet> sheets = new ArrayList<>();
        sheets.add(new Spreadsheet.Sheet("机构基本信息", List.of("统一社会信用代码", "机构名称", "机构类型", "成立日期", "注册资本（元）",
                "是否独立法人", "总部名称", "注册地址", "联系人", "联系电话", "电子邮箱", "经营范围", "质量控制与保密制度"),
                List.of(Arrays.asList(Uscc.compose("91", "320100", "MA1MXXXX"), "某所", "CONSULTING", "2008年6月18日", "1,000,000",
                        "是", null, null, "王", "13800138000", "a@firm.cn", null, null))));
        sheets.add(new Spreadsheet.Sheet("主评人", FilingLayout.PERSON_COLUMNS.stream().map(FilingLayout.Column::header).toList(),
                List.of(Arrays.asList(), Arrays.asList(7, "张", "RESIDENT_ID", id(2), null, null, null, null, 5, null))));
        sheets.add(new Spreadsheet.Sheet("人员证书", FilingLayout.CERTIFICATE_COLUMNS.stream().map(FilingLayout.Column::header).toList(),
                List.of(Arrays.asList("主评人", 7, "注册会计师", "1", "2010/1/2", "2030-01-02"))));
        FilingFormReader.Parsed parsed = FilingFormReader.read(Spreadsheet.read(Spreadsheet.write(sheets), FilingFormService.LIMITS));
        assertThat(parsed.problems()).isEmpty();
        ProfileData p = parsed.profile().normalised();
        assertThat(p.agencyType()).isEqualTo(AgencyType.CONSULTING);
        assertThat(p.foundedOn()).isEqualTo(LocalDate.of(2008, 6, 18));
        assertThat(p.registeredCapital()).isEqualByComparingTo("1000000");
        assertThat(p.leadEvaluators()).singleElement().satisfies(x -> {
            assertThat(x.idNumber()).isEqualTo(id(2));
            assertThat(x.certificates()).singleElement().satisfies(c -> assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2010, 1, 2)));
        });
        assertThat(parsed.place("leadEvaluators[0].idNumber").ref()).isEqualTo("主评人!D3");
        assertThat(parsed.place("leadEvaluators[0].certificates[0].certNumber").ref()).isEqualTo("人员证书!D2");
        assertThat(parsed.place("foundedOn").ref()).isEqualTo("机构基本信息!D2");
    }

    @Test
    void cellsOfTheWrongKindAreNamedBySheetRowAndColumn() throws IOException {
        List<Spreadsheet.Sheet> sheets = new ArrayList<>();
        sheets.add(new Spreadsheet.Sheet("机构基本信息", FilingLayout.BASIC_COLUMNS.stream().map(FilingLayout.Column::header).toList(),
                List.of(Arrays.asList("某所", "X", "会计所", "是", null, null, "去年", "很多"))));
        sheets.add(new Spreadsheet.Sheet("人员证书", FilingLayout.CERTIFICATE_COLUMNS.stream().map(FilingLayout.Column::header).toList(),
                List.of(Arrays.asList("主评人", 3, "注册会计师", "1", null, null))));
        sheets.add(new Spreadsheet.Sheet("业绩", List.of("委托单位", "项目名称", "年度"), List.of(Arrays.asList("甲", "乙", "2024.5"))));
        FilingFormReader.Parsed parsed = FilingFormReader.read(Spreadsheet.read(Spreadsheet.write(sheets), FilingFormService.LIMITS));
        assertThat(parsed.problems()).extracting(p -> p.place().ref() + " " + p.messageKey()).contains(
                "机构基本信息!C2 validation.filing.choice", "机构基本信息!G2 validation.filing.date",
                "机构基本信息!H2 validation.filing.number", "人员证书!B2 validation.filing.person-unknown",
                "业绩!C2 validation.filing.integer", "业绩!D1 validation.filing.column-missing");
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Spreadsheet.read("not excel".getBytes(), FilingFormService.LIMITS))
                .isInstanceOf(IOException.class);
    }

    /** A valid form with one more part of {@code mb} MB of zeros: a few KB packed. */
    static byte[] zipBomb(int mb) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipFile form = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(FilingFormWriter.write(full()))).get();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (org.apache.commons.compress.archivers.zip.ZipArchiveEntry e : java.util.Collections.list(form.getEntries())) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                try (java.io.InputStream in = form.getInputStream(e)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.setLevel(9);
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < mb; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static Spreadsheet.TooLarge.What refusal(byte[] bytes, Spreadsheet.Limits limits) {
        try {
            Spreadsheet.read(bytes, limits);
        } catch (Spreadsheet.TooLarge e) {
            return e.what();
        } catch (IOException e) {
            throw new AssertionError("not a TooLarge", e);
        }
        return null;
    }

    @Test
    void zipBombsAndOversizedSheetsAreRefusedBeforeOrWhileReading() throws IOException {
        Spreadsheet.Limits limits = FilingFormService.LIMITS;
        byte[] bomb = zipBomb(64);
        assertThat((long) bomb.length).isLessThan(FilingFormService.MAX_BYTES);
        assertThat(refusal(bomb, limits)).isEqualTo(Spreadsheet.TooLarge.What.RATIO);
        assertThat(refusal(bomb, new Spreadsheet.Limits(200, 8L * 1024 * 1024, 1e9, 1000, 64))).isEqualTo(Spreadsheet.TooLarge.What.UNPACKED);
        assertThat(refusal(zipBomb(1), new Spreadsheet.Limits(5, 1L << 30, 100, 1000, 64))).isEqualTo(Spreadsheet.TooLarge.What.ENTRIES);

        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            rows.add(List.of("行" + i));
        }
        assertThat(refusal(Spreadsheet.write("主评人", List.of("姓名"), rows), limits)).isEqualTo(Spreadsheet.TooLarge.What.ROWS);
        List<Object> wide = new ArrayList<>(java.util.Collections.nCopies(100, null));
        wide.set(99, "远处的格子");
        List<String> headers = new ArrayList<>(java.util.Collections.nCopies(100, "列"));
        assertThat(refusal(Spreadsheet.write("主评人", headers, List.of(wide)), limits)).isEqualTo(Spreadsheet.TooLarge.What.COLUMNS);

        // a form within the limits is read as before
        assertThat(refusal(FilingFormWriter.write(full()), limits)).isNull();
    }
}
