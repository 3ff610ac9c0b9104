/**
 * The quality context's controls: its repository, the observer that checks every archived case's file
 * (一案一评) into quality's own read model, the contribution of the year's grade to the lawyer's
 * annual assessment, and the demonstration data.
 */
package org.legalaid.quality.control;
