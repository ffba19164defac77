package gov.bureau.portal.security;

/** The portal's roles (DOMAIN.md §2). */
public enum Role {
    /** 机构用户: an agency's own account. */
    AGENCY,
    /** 业务人员: bureau staff. */
    STAFF,
    /** 绩效管理负责人: bureau administrator; may do everything STAFF may. */
    ADMIN,
    /** 预算单位用户: a budget unit's account; sees its own unit's results and tasks (DOMAIN.md §9). */
    UNIT,
    /** 评审专家: an expert of the pool; sees only the panels it sits on (DOMAIN.md §10). */
    EXPERT;

    public static final String AGENCY_NAME = "AGENCY";
    public static final String STAFF_NAME = "STAFF";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String UNIT_NAME = "UNIT";
    public static final String EXPERT_NAME = "EXPERT";
}
