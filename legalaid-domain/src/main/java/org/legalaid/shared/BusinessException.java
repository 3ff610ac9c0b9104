package org.legalaid.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A rule the user broke, or a state the user cannot act on. It carries a message-bundle key and
 * its arguments; the web and REST layers turn the key into a localised sentence. Thrown through
 * an EJB boundary it rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
