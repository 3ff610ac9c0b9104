/**
 * The organisation context: the unit tree (justice bureau → legal aid centre → district centre
 * → workstation, docs/domain.md "Organisation") and the staff accounts that work in it, with their
 * roles, password policy and login lockout. Every other context's records belong to a unit of
 * this tree, and a user sees their own unit and the units under it.
 */
package org.legalaid.organisation;
