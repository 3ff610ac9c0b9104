package org.legalaid.lawyers;

/**
 * Filter of the firm list; null fields do not filter.
 *
 * @param text       part of the name, or the whole credit code
 * @param regionCode only firms in this district
 * @param kind       only law firms or only legal service offices
 */
public record FirmFilter(String text, String regionCode, FirmKind kind) {

    public static FirmFilter all() {
        return new FirmFilter(null, null, null);
    }
}
