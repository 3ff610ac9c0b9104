/** The funding screens: claims, batches, the exceptions queue, funds and the ledger, standards. */
package org.legalaid.web.funding;
