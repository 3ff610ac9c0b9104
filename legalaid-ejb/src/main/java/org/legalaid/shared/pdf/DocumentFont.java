package org.legalaid.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of official documents: 文泉驿正黑 (WenQuanYi Zen Hei 0.8.38), a TrueType font covering
 * all of GBK, under GPL-2.0 with the font embedding exception (a PDF that embeds it is not
 * covered by the GPL). The build unpacks it from Maven Central next to this class (see
 * legalaid-ejb/pom.xml). Its bytes are read once per class loader and shared read-only by every
 * rendering; each document parses its own view of them.
 */
final class DocumentFont {

    static final String RESOURCE = "fonts/WenQuanZhengHei.ttf";

    private DocumentFont() {
    }

    /** The font file's bytes; callers must not change them. */
    static byte[] bytes() {
        return Holder.BYTES;
    }

    private static final class Holder {
        private static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the document font " + RESOURCE
                            + " is missing next to " + DocumentFont.class.getName() + " (the build unpacks it)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the document font", e);
            }
        }
    }
}
