package gov.bureau.portal.identity;

/** The portal's roles (DOMAIN.md §2). */
public enum Role {
    /** 机构用户: an agency's own account. */
    AGENCY,
    /** 业务人员: bureau staff. */
    STAFF,
    /** 绩效管理负责人: bureau administrator; may do everything STAFF may. */
    ADMIN;

    public static final String AGENCY_NAME = "AGENCY";
    public static final String STAFF_NAME = "STAFF";
    public static final String ADMIN_NAME = "ADMIN";
}
