/**
 * The audit context: an append-only, hash-chained trail of every state change and of every read
 * of a person's record. Each row's hash covers its content and the previous row's hash, so an
 * edited or deleted row breaks the chain from that point on; {@link org.legalaid.audit.AuditChain}
 * recomputes and finds the first broken row. The database refuses UPDATE and DELETE on the trail.
 */
package org.legalaid.audit;
