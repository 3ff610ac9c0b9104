package org.legalaid.organisation.boundary;

import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.DocumentNumberSeries;

import java.io.Serializable;

/**
 * How a unit numbers one kind of document in a year, for the administrator's screen: the prefix
 * in force (set for the year, carried from an earlier year, or the default of unit code and kind
 * code), and the last number given.
 */
public final class DocumentNumberSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the prefix comes from. */
    public enum Source {
        /** Set for this year (or fixed when its first number was given). */
        SET,
        /** Carried over from the unit's latest earlier year. */
        CARRIED,
        /** Nobody set one: unit code and kind code. */
        DEFAULT
    }

    private final long unitId;
    private final String unitCode;
    private final String unitName;
    private final DocumentKind kind;
    private final int year;
    private final String prefix;
    private final Source source;
    private final int lastNumber;

    public DocumentNumberSetting(long unitId, String unitCode, String unitName, DocumentKind kind, int year, String prefix,
                                 Source source, int lastNumber) {
        this.unitId = unitId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.kind = kind;
        this.year = year;
        this.prefix = prefix;
        this.source = source;
        this.lastNumber = lastNumber;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public String getPrefix() {
        return prefix;
    }

    public Source getSource() {
        return source;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    /** The number the next document will get, e.g. {@code 青北法援决〔2026〕13号}. */
    public String getNextNumber() {
        return DocumentNumberSeries.format(prefix, year, lastNumber + 1);
    }
}
