package org.legalaid.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type of the shared kernel's {@code control} package that every bounded context may use
 * (the caller's identity, the time now). Everything else in {@code org.legalaid.shared.control} —
 * the schema migrator, the Bean Validation set-up, the clock producer — is the kernel's own
 * machinery, and {@code ArchitectureTest} keeps it so.
 *
 * <p>The kernel's public part is: the domain package {@code org.legalaid.shared} (roles, audit
 * events, business exceptions, text constraints, length constants), the document renderer
 * {@code org.legalaid.shared.pdf}, its boundaries, and the control types carrying this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedKernel {
}
