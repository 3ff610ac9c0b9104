/**
 * Complaints about legal aid (投诉) under 《法律援助投诉处理办法》 (MoJ order no. 149, in force
 * 2025-06-15; LAL art. 55–56): the complaint from any channel (art. 9), the three-year limit (art. 8),
 * the one notice of missing information (art. 12), acceptance within 5 working days (art. 13–15),
 * the investigation by at least two investigators with recusal (art. 16–18), the stop order
 * (art. 19), suspension and withdrawal (art. 21), the outcome (art. 22), the 60 + 30 day limit
 * (art. 23), the written decision delivered within 5 working days (art. 24), one file per complaint
 * (art. 25) and the follow-up (art. 26).
 *
 * <p>The context owns its complaints, investigators, investigation records and file entries. It
 * refers to units, staff, lawyers, firms and cases by id or user name and reads them through their
 * contexts' boundaries; its statutory clocks run on intake's clock engine.
 */
package org.legalaid.complaints;
