/**
 * The web layer's shared parts: page permissions, the signed-in user, language, messages. Pages
 * and REST resources call only EJB boundaries; they hold no business rule.
 */
package org.legalaid.web;
