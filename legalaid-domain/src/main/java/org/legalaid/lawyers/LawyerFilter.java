package org.legalaid.lawyers;

/**
 * Filter of the lawyer list; null fields do not filter.
 *
 * @param text       part of the name, or the licence number
 * @param firmId     only members of this firm
 * @param status     only this status
 * @param specialty  only lawyers declaring this field of practice
 * @param regionCode only lawyers serving this district
 */
public record LawyerFilter(String text, Long firmId, LawyerStatus status, Specialty specialty, String regionCode) {

    public static LawyerFilter all() {
        return new LawyerFilter(null, null, null, null, null);
    }
}
