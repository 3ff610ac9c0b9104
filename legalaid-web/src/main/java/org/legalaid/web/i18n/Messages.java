package org.legalaid.web.i18n;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.legalaid.shared.BusinessException;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns message keys and exceptions into sentences in the user's language. A business rule's
 * message key comes from the domain; its arguments that are keys themselves (a role's or unit
 * type's label) are translated too. Unknown failures become a generic sentence, never the
 * exception's own text.
 */
public final class Messages {

    public static final String BUNDLE = "org.legalaid.web.i18n.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {
    }

    /** The screens' texts in {@code locale} (e.g. for the labels an official document names). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** Whether the bundle has words for {@code key}. */
    public static boolean has(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale).containsKey(key);
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "missing message key " + key);
            return key;
        }
        if (pattern.indexOf('{') < 0) {
            return pattern; // MessageFormat would eat a plain apostrophe ("the household's")
        }
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = args[i] instanceof String s && bundle.containsKey(s) ? bundle.getString(s) : args[i];
        }
        return new MessageFormat(pattern, locale).format(localized);
    }

    /** The sentences that describe a failure to the user; logs what the user must not see. */
    public static List<String> describe(Locale locale, Throwable failure) {
        Throwable t = unwrap(failure);
        List<String> out = new ArrayList<>();
        if (t instanceof BusinessException be) {
            out.add(text(locale, be.messageKey(), be.arguments()));
        } else if (t instanceof ConstraintViolationException cve) {
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                out.add(fieldOf(locale, v) + v.getMessage());
            }
        } else if (t instanceof OptimisticLockException) {
            out.add(text(locale, "error.staleData"));
        } else if (t instanceof EJBAccessException) {
            out.add(text(locale, "error.forbidden"));
        } else {
            LOG.log(Level.SEVERE, "unexpected failure", failure);
            out.add(text(locale, "error.unexpected"));
        }
        return out;
    }

    /**
     * The field a violation is about, as the user knows it: the {@code field.<name>} text of the
     * bundle ("名称: 不能为空", not the Java name "name: 不能为空"); the name itself when the bundle
     * has none; nothing for an unnamed parameter.
     */
    private static String fieldOf(Locale locale, ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        if (last.isEmpty() || last.startsWith("arg")) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return (bundle.containsKey("field." + last) ? bundle.getString("field." + last) : last) + ": ";
    }

    /** The cause that carries meaning: EJB and transaction wrappers removed. */
    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof BusinessException || current instanceof ConstraintViolationException
                    || current instanceof OptimisticLockException || current instanceof EJBAccessException) {
                return current;
            }
            Throwable next = current instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : current.getCause();
            if (next == current) {
                break;
            }
            current = next;
        }
        return t;
    }

    /**
     * The language the user chose (the {@link LocaleBean} cookie). Not the view root's locale: while
     * a view action runs on a GET, the view root still has the browser's language, which the page
     * replaces only when it renders.
     */
    public static Locale locale(FacesContext faces) {
        return LocaleBean.fromCookie(faces.getExternalContext().getRequestCookieMap());
    }

    /** Adds a failure's sentences as error messages to the current Faces response. */
    public static void addError(Throwable failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        for (String s : describe(locale, failure)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, s, null));
        }
        faces.validationFailed();
    }

    public static void addInfo(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                text(locale(faces), key, args), null));
    }

    public static void addError(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                text(locale(faces), key, args), null));
        faces.validationFailed();
    }

    /** Adds a failure's sentences as error messages shown at {@code place}, beside the act that failed. */
    public static void addErrorAt(MessagePlace place, Throwable failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        for (String s : describe(locale, failure)) {
            faces.addMessage(place.key(), new FacesMessage(FacesMessage.SEVERITY_ERROR, s, null));
        }
        faces.validationFailed();
    }

    /** Adds an error message shown at {@code place}. */
    public static void addErrorAt(MessagePlace place, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(place.key(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text(locale(faces), key, args), null));
        faces.validationFailed();
    }

    /** Adds an information message shown at {@code place}. */
    public static void addInfoAt(MessagePlace place, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(place.key(), new FacesMessage(FacesMessage.SEVERITY_INFO, text(locale(faces), key, args), null));
    }
}
