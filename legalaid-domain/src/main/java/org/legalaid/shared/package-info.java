/**
 * The small kernel every bounded context shares: role names, the business exception that
 * carries a message key, and text constraints. Nothing here knows about any one context.
 */
package org.legalaid.shared;
