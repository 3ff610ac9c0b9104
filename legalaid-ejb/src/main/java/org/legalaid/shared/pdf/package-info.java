/**
 * Official documents as PDF: 决定书, 通知书, 公函 and the like, laid out on A4 after GB/T 9704-2012
 * (党政机关公文格式) — 28 characters a line, 22 lines a page, the issuing organ at the head, the
 * document number, the signature with the date in Chinese form — with the Chinese font embedded
 * as a subset, so every reader shows and prints the same glyphs. Contexts describe what a
 * document says ({@link org.legalaid.shared.pdf.OfficialDocumentContent}); the
 * {@link org.legalaid.shared.pdf.OfficialDocumentRenderer} decides where it goes. Knows no
 * bounded context.
 */
package org.legalaid.shared.pdf;
