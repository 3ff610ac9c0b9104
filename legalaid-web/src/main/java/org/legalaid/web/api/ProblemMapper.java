package org.legalaid.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.i18n.Messages;
import org.legalaid.web.security.Problems;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes a problem document with a reason: a broken business rule is
 * 422 (a missing or out-of-scope record 404, a concurrent edit 409), invalid input 400, a missing
 * role 403. Anything unexpected is logged and answered 500 with a generic reason — never a stack
 * trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        return toProblem(failure, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The problem response for a failure, in the language the Accept-Language header asks for. */
    static Response toProblem(Throwable failure, String acceptLanguage) {
        Locale locale = Problems.locale(acceptLanguage);
        Throwable t = Messages.unwrap(failure);
        if (t instanceof NotFoundException nf) {
            return problem(locale, 404, Messages.text(locale, nf.messageKey()), null);
        }
        if (t instanceof BusinessException be) {
            int status = "error.staleData".equals(be.messageKey()) ? 409 : 422;
            return problem(locale, status, Messages.text(locale, be.messageKey(), be.arguments()), null);
        }
        if (t instanceof ConstraintViolationException cve) {
            List<String> errors = Messages.describe(locale, cve);
            return problem(locale, 400, Messages.text(locale, "api.validation"), errors);
        }
        if (t instanceof OptimisticLockException) {
            return problem(locale, 409, Messages.text(locale, "error.staleData"), null);
        }
        if (t instanceof EJBAccessException) {
            return problem(locale, 403, Messages.text(locale, "error.forbidden"), null);
        }
        if (t instanceof StrictJsonReader.BadJson bad) {
            List<String> errors = bad.errors().stream()
                    .map(e -> e instanceof StrictJsonReader.Expected x
                            ? Messages.text(locale, x.getKey(), x.getValue(), x.accepted())
                            : Messages.text(locale, e.getKey(), e.getValue())).toList();
            return problem(locale, 400, Messages.text(locale, "api.json.refused"), errors);
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return problem(locale, 400, Messages.text(locale, "api.malformed"), null);
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            String key = switch (status) {
                case 404 -> "error.notFound";
                case 405 -> "api.methodNotAllowed";
                case 403 -> "error.forbidden";
                case 406 -> "api.notAcceptable";
                case 413 -> "api.tooLarge";
                case 415 -> "api.unsupportedMediaType";
                default -> "api.malformed";
            };
            return problem(locale, status, Messages.text(locale, key), null);
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return problem(locale, 500, Messages.text(locale, "error.unexpected"), null);
    }

    private static Response problem(Locale locale, int status, String detail, List<String> errors) {
        // A status without words of its own (418 …) is titled by its class, never by the raw key.
        String key = "api.status." + status;
        String title = Messages.has(locale, key) ? Messages.text(locale, key) : Messages.text(locale, "api.status." + (status / 100) + "xx");
        return new Problem("about:blank", title, status, detail, errors).toResponse();
    }
}
