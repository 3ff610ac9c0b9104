package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.util.Objects;

/**
 * The second person's part of a four-eyes change (status or bank account): the rules shared by
 * {@link StatusChangeRequest} and {@link AccountChangeRequest}. A request is decided once, and
 * never by the person who asked for it.
 */
public final class Decision {

    /** The longest decision note: the column's length and the boundaries' {@code @Size}. */
    public static final int NOTE_MAX = 500;

    private Decision() {
    }

    /**
     * @throws BusinessException {@code lawyers.request.decided} (state) when no longer pending;
     *                           {@code lawyers.request.deciderIsRequester} when the decider asked for it;
     *                           {@code lawyers.request.noteRequired} for a rejection without a note
     */
    static String check(RequestState state, String requestedBy, String decidedBy, boolean approve, String note) {
        if (state != RequestState.PENDING) {
            throw new BusinessException("lawyers.request.decided", state.labelKey());
        }
        String decider = Objects.requireNonNull(decidedBy).strip();
        if (decider.equalsIgnoreCase(requestedBy)) {
            throw new BusinessException("lawyers.request.deciderIsRequester");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (!approve && n == null) {
            throw new BusinessException("lawyers.request.noteRequired");
        }
        if (n != null && n.length() > NOTE_MAX) {
            throw new BusinessException("lawyers.status.reasonTooLong", NOTE_MAX);
        }
        return n;
    }
}
