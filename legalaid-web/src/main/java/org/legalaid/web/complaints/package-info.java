/**
 * The complaints pages (MoJ order 149): the register with its filters, the form a handler writes a
 * complaint down with, and the complaint's page with its file and the acts the boundary offers.
 */
package org.legalaid.web.complaints;
