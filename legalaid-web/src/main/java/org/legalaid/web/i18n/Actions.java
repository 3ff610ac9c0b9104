package org.legalaid.web.i18n;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import org.legalaid.shared.BusinessException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a backing bean's call to a boundary and turns an expected failure (a broken rule, invalid
 * input, a concurrent edit, a missing permission) into messages on the page. Anything else is
 * left to propagate to the error page.
 */
public final class Actions {

    private Actions() {
    }

    /** Runs {@code call}; returns its result, or empty after adding the failure's messages. */
    public static <T> Optional<T> attempt(Supplier<T> call, String successKey, Object... successArgs) {
        try {
            T result = call.get();
            if (successKey != null) {
                Messages.addInfo(successKey, successArgs);
            }
            return Optional.ofNullable(result);
        } catch (BusinessException | ConstraintViolationException | EJBAccessException | OptimisticLockException e) {
            Messages.addError(e);
            return Optional.empty();
        } catch (EJBException | PersistenceException e) {
            Throwable cause = Messages.unwrap(e);
            if (cause != e) {
                Messages.addError(cause);
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Runs {@code call} like {@link #attempt(Supplier, String, Object...)}, but shows its outcome at
     * {@code place}, beside the button that started it (issue 18: messages where the eye is).
     */
    public static <T> Optional<T> attemptAt(MessagePlace place, Supplier<T> call, String successKey, Object... successArgs) {
        try {
            T result = call.get();
            if (successKey != null) {
                Messages.addInfoAt(place, successKey, successArgs);
            }
            return Optional.ofNullable(result);
        } catch (BusinessException | ConstraintViolationException | EJBAccessException | OptimisticLockException e) {
            Messages.addErrorAt(place, e);
            return Optional.empty();
        } catch (EJBException | PersistenceException e) {
            Throwable cause = Messages.unwrap(e);
            if (cause != e) {
                Messages.addErrorAt(place, cause);
                return Optional.empty();
            }
            throw e;
        }
    }

    public static boolean attempt(Runnable call, String successKey, Object... successArgs) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, successKey, successArgs).isPresent();
    }
}
