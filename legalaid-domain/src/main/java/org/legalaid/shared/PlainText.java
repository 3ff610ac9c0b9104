package org.legalaid.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that a person types as a name or label: no markup characters ({@code < >}) and no
 * control characters. Pages escape output anyway; this keeps markup out of the records, the
 * PDFs and the exports built from them. {@code null} is valid (combine with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    String message() default "{legalaid.validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
