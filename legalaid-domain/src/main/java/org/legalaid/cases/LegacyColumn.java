package org.legalaid.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a legacy case file (历史案件导入, CSV): each with its Chinese header, which an
 * earlier system's export or a clerk's spreadsheet will carry, and an English alias. Headers are
 * matched without surrounding spaces and case; columns may come in any order; unknown columns are
 * ignored.
 */
public enum LegacyColumn {
    CASE_NUMBER("案号", "case_number", true),
    CLIENT_NAME("受援人", "client_name", true),
    MATTER_TYPE("案件类型", "matter_type", true),
    LAWYER_NAME("承办律师", "lawyer_name", false),
    FIRM_NAME("律师事务所", "firm_name", false),
    STATUS("状态", "status", true),
    APPLIED_ON("申请日期", "applied_on", true),
    ACCEPTED_ON("受理日期", "accepted_on", false),
    DECIDED_ON("审批日期", "decided_on", false),
    ASSIGNED_ON("指派日期", "assigned_on", true),
    FIRST_HANDLING_ON("首次办案日期", "first_handling_on", false),
    LAST_HANDLING_ON("最近办案日期", "last_handling_on", false),
    ENDED_ON("办结日期", "ended_on", false),
    SUBMITTED_ON("结案提交日期", "submitted_on", false),
    REVIEWED_ON("审查日期", "reviewed_on", false),
    ARCHIVED_ON("归档日期", "archived_on", false);

    private final String chinese;
    private final String english;
    private final boolean required;

    LegacyColumn(String chinese, String english, boolean required) {
        this.chinese = chinese;
        this.english = english;
        this.required = required;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isRequired() {
        return required;
    }

    /** The column a header names, if any. */
    public static Optional<LegacyColumn> ofHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip().replace("\uFEFF", "");
        return Arrays.stream(values())
                .filter(c -> c.chinese.equals(h) || c.english.equals(h.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The Chinese header line of a template file, in this order. */
    public static List<String> templateHeader() {
        return Arrays.stream(values()).map(LegacyColumn::chinese).toList();
    }
}
