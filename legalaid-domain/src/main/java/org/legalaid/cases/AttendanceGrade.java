package org.legalaid.cases;

/** The grade a staff member gives the lawyer's performance at a trial they attended (庭审旁听). */
public enum AttendanceGrade {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 合格. */
    PASS,
    /** 不合格. */
    FAIL;

    public String labelKey() {
        return "attendanceGrade." + name();
    }
}
