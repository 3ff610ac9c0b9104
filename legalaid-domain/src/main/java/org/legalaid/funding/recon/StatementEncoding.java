package org.legalaid.funding.recon;

/**
 * The encoding a user declares for a statement file: found out (UTF-8 with or without the BOM, else
 * GB18030/GBK as Excel writes CSV on Chinese Windows), or said.
 */
public enum StatementEncoding {
    AUTO, UTF_8, GBK;

    public String labelKey() {
        return "statementEncoding." + name();
    }
}
