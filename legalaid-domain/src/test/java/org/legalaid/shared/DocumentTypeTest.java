package org.legalaid.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Attachments are recognised by their content, never by their name (issue 5, bad input). */
class DocumentTypeTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    @DisplayName("a PDF, a PNG and a JPEG are recognised by their signatures")
    void recognised() {
        assertEquals(DocumentType.PDF, DocumentType.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), "判决书.pdf"));
        assertEquals(DocumentType.PNG, DocumentType.detect(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'), "scan.png"));
        assertEquals(DocumentType.JPEG, DocumentType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0), "photo.jpg"));
        assertEquals(DocumentType.PNG, DocumentType.detect(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), "named-wrongly.pdf"),
                "the content decides, not the name");
    }

    @Test
    @DisplayName("a Windows program (MZ) renamed .pdf is refused as a program")
    void windowsExecutableRenamed() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> DocumentType.detect(bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0), "辩护词.pdf"));
        assertEquals("shared.document.executable", e.messageKey());
        assertEquals("辩护词.pdf", e.arguments()[0]);
    }

    @Test
    @DisplayName("a Linux program (ELF) or a script (#!) renamed .pdf is refused as a program")
    void elfAndScriptRenamed() {
        assertEquals("shared.document.executable", assertThrows(BusinessException.class,
                () -> DocumentType.detect(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0), "a.pdf")).messageKey());
        assertEquals("shared.document.executable", assertThrows(BusinessException.class,
                () -> DocumentType.detect("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII), "a.pdf")).messageKey());
    }

    @Test
    @DisplayName("a Word document, a text file or an empty file is not accepted")
    void otherTypesRefused() {
        assertEquals("shared.document.type", assertThrows(BusinessException.class,
                () -> DocumentType.detect(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), "x.doc")).messageKey());
        assertEquals("shared.document.type", assertThrows(BusinessException.class,
                () -> DocumentType.detect("PDF-1.4 but not really".getBytes(StandardCharsets.US_ASCII), "x.pdf")).messageKey());
        assertEquals("shared.document.empty", assertThrows(BusinessException.class,
                () -> DocumentType.detect(new byte[0], "x.pdf")).messageKey());
    }

    @Test
    @DisplayName("the kept file name is the last path segment without control characters")
    void safeName() {
        assertEquals("会见笔录.pdf", DocumentType.safeName("C:\\Users\\x\\会见笔录.pdf", DocumentType.PDF, 200));
        assertEquals("a.pdf", DocumentType.safeName("../../a\u0000.pdf", DocumentType.PDF, 200));
        assertEquals("document.png", DocumentType.safeName("  ", DocumentType.PNG, 200));
        assertEquals("cut-at-the-start.pdf".substring(3), DocumentType.safeName("cut-at-the-start.pdf", DocumentType.PDF, 17),
                "a long name keeps its end, the extension");
    }
}
