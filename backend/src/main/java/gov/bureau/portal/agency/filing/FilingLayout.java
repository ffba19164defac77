package gov.bureau.portal.agency.filing;

import gov.bureau.portal.agency.AgencyType;
import gov.bureau.portal.agency.DocumentCategory;
import gov.bureau.portal.agency.IdType;
import gov.bureau.portal.agency.Shareholder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national filing form (全国第三方机构信用信息平台备案表, DOMAIN.md §12): one sheet per filing block, in the
 * platform's language (Chinese), its columns the block's fields. The national blocks are 机构基本信息, 法定代表人,
 * 主评人, 分支机构, 合作专家, 其他从业人员 and 证明材料; the sheets 股东及合伙人 (part of the basic information), 人员证书
 * (the people's certificates, by the person's 序号), 业绩 and 利害关系单位 carry the rest of the profile, so that a
 * profile leaves and comes back whole. Choices are written as their Chinese names and read as names or codes.
 */
final class FilingLayout {

    static final String BASIC = "机构基本信息";
    static final String SHAREHOLDERS = "股东及合伙人";
    static final String LEGAL = "法定代表人";
    static final String LEADS = "主评人";
    static final String BRANCHES = "分支机构";
    static final String EXPERTS = "合作专家";
    static final String OTHERS = "其他从业人员";
    static final String CERTIFICATES = "人员证书";
    static final String DOCUMENTS = "证明材料";
    static final String TRACK = "业绩";
    static final String INTEREST = "利害关系单位";

    /** One column: its header and the profile field it holds. */
    record Column(String header, String field) {
    }

    static final List<Column> BASIC_COLUMNS = List.of(new Column("机构名称", "name"), new Column("统一社会信用代码", "uscc"),
            new Column("机构类型", "agencyType"), new Column("是否独立法人", "independentLegalPerson"), new Column("总部名称", "headOffice"),
            new Column("注册地址", "registeredAddress"), new Column("成立日期", "foundedOn"), new Column("注册资本（元）", "registeredCapital"),
            new Column("联系人", "contactName"), new Column("联系电话", "contactPhone"), new Column("电子邮箱", "email"),
            new Column("经营范围", "businessScope"), new Column("质量控制与保密制度", "qualitySystem"));
    static final List<Column> SHAREHOLDER_COLUMNS = List.of(new Column("类型", "holderKind"), new Column("名称", "name"),
            new Column("证件类型", "idType"), new Column("证件号码/统一社会信用代码", "idNumber"), new Column("出资比例（%）", "sharePercent"));
    static final List<Column> LEGAL_COLUMNS = List.of(new Column("姓名", "name"), new Column("证件类型", "idType"),
            new Column("证件号码", "idNumber"), new Column("手机号码", "phone"));
    static final List<Column> PERSON_COLUMNS = List.of(new Column("序号", "number"), new Column("姓名", "name"),
            new Column("证件类型", "idType"), new Column("证件号码", "idNumber"), new Column("职称", "title"), new Column("专业领域", "field"),
            new Column("工作单位", "employer"), new Column("岗位", "position"), new Column("评价从业年限", "yearsExperience"),
            new Column("手机号码", "phone"));
    static final List<Column> BRANCH_COLUMNS = List.of(new Column("分支机构名称", "name"), new Column("地址", "address"),
            new Column("负责人", "principal"), new Column("联系电话", "phone"));
    static final List<Column> CERTIFICATE_COLUMNS = List.of(new Column("人员类别", "block"), new Column("人员序号", "number"),
            new Column("证书类型", "certType"), new Column("证书编号", "certNumber"), new Column("发证日期", "issuedOn"),
            new Column("有效期至", "expiresOn"));
    static final List<Column> DOCUMENT_COLUMNS = List.of(new Column("材料类别", "category"), new Column("文件名", "fileName"),
            new Column("文件类型", "contentType"), new Column("大小（字节）", "sizeBytes"), new Column("SHA-256", "sha256"),
            new Column("上传时间", "uploadedAt"), new Column("文件编号", "id"));
    static final List<Column> TRACK_COLUMNS = List.of(new Column("委托单位", "client"), new Column("项目名称", "project"),
            new Column("年度", "year"), new Column("合同金额（元）", "amount"), new Column("评价结果", "result"), new Column("业务类型", "workType"));
    static final List<Column> INTEREST_COLUMNS = List.of(new Column("单位名称", "unitName"), new Column("利害关系说明", "relationship"));

    /** The people blocks: the sheet of each profile list. */
    static final Map<String, String> PEOPLE = map("leadEvaluators", LEADS, "experts", EXPERTS, "otherPractitioners", OTHERS);

    static final Map<Enum<?>, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.putAll(Map.of(AgencyType.ACCOUNTING_FIRM, "会计师事务所", AgencyType.ASSET_APPRAISAL, "资产评估机构", AgencyType.CONSULTING,
                "专业咨询机构", AgencyType.LAW_FIRM, "律师事务所", AgencyType.RESEARCH_INSTITUTE, "科研院所", AgencyType.UNIVERSITY, "高等院校"));
        NAMES.putAll(Map.of(IdType.RESIDENT_ID, "居民身份证", IdType.PASSPORT, "护照", IdType.HK_MACAO_PERMIT, "港澳居民来往内地通行证",
                IdType.TAIWAN_PERMIT, "台湾居民来往大陆通行证", IdType.FOREIGN_PERMANENT, "外国人永久居留身份证", IdType.OTHER, "其他证件"));
        NAMES.putAll(Map.of(DocumentCategory.BUSINESS_LICENCE, "营业执照/登记证书", DocumentCategory.QUALIFICATION, "资质证明",
                DocumentCategory.CERTIFICATE, "人员证书", DocumentCategory.QUALITY_CONTROL, "质量控制与保密制度", DocumentCategory.OTHER, "其他"));
        NAMES.putAll(Map.of(Shareholder.HolderKind.PERSON, "自然人", Shareholder.HolderKind.ORGANISATION, "单位"));
    }

    /** The engagement types a track record's work type names (the codes of WorkTypes). */
    static final Map<String, String> WORK_TYPES = map("EX_ANTE_ASSESSMENT", "事前绩效评估", "TARGET_REVIEW", "绩效目标审核",
            "MONITORING", "绩效运行监控", "KEY_EVALUATION", "重点绩效评价", "DEPARTMENT_OVERALL", "部门整体支出评价",
            "SELF_EVALUATION_REVIEW", "自评复核", "POLICY_EVALUATION", "政策评价", "OTHER", "其他");

    static final String YES = "是";
    static final String NO = "否";

    private FilingLayout() {
    }

    static String name(Enum<?> value) {
        return value == null ? null : NAMES.getOrDefault(value, value.name());
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** "A", "B", … "AA": the letter of a column (from 0). */
    static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
