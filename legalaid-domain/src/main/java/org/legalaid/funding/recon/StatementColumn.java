package org.legalaid.funding.recon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a bank or treasury statement (README "Bank statement"), recognised by their Chinese
 * or English header; other columns (balance, currency, branch …) are ignored.
 */
public enum StatementColumn {
    DATE(true, "交易日期", "日期", "记账日期", "入账日期", "date", "transaction date"),
    REFERENCE(false, "参考号", "交易参考号", "业务参考号", "reference"),
    SUMMARY(false, "摘要", "用途", "附言", "summary", "memo"),
    COUNTERPARTY(false, "对方户名", "收款户名", "对方名称", "counterparty", "payee"),
    ACCOUNT(true, "对方账号", "收款账号", "对方账户", "account", "account no"),
    AMOUNT(true, "金额", "交易金额", "支出金额", "借方金额", "amount");

    private final boolean required;
    private final List<String> headers;

    StatementColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean isRequired() {
        return required;
    }

    /** The Chinese header, as messages name the column. */
    public String chinese() {
        return headers.get(0);
    }

    /** The column a header names (spaces, the BOM and case ignored). */
    public static Optional<StatementColumn> ofHeader(String header) {
        String h = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (StatementColumn c : values()) {
            if (c.headers.contains(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
