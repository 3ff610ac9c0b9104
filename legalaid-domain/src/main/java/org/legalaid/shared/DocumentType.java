package org.legalaid.shared;

import java.util.Arrays;

/**
 * The kinds of file accepted as attachments — a case's closing file (issue 5: "PDF, images") and a
 * complaint's investigation records (issue 15, MoJ order 149 art. 16–17, "reusing the case
 * documents' upload and type checks") — recognised by their content — the first bytes, the
 * format's signature — and never by the name the browser sent: an executable renamed {@code .pdf}
 * is still an executable.
 */
public enum DocumentType {
    /** PDF: {@code %PDF-} (ISO 32000-1, 7.5.2). */
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    /** PNG: the 8-byte signature {@code 89 50 4E 47 0D 0A 1A 0A} (RFC 2083, 3.1). */
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    /** JPEG: the start-of-image marker {@code FF D8} followed by another marker {@code FF}. */
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** How many leading bytes {@link #detect} needs at most. */
    public static final int HEAD_LENGTH = 16;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    DocumentType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /**
     * The type of a file from its first bytes.
     *
     * @param head     the file's first bytes (up to {@link #HEAD_LENGTH}; fewer if the file is shorter)
     * @param fileName the name the user gave, for the message only
     * @throws BusinessException {@code shared.document.executable} (file name) for a Windows (MZ)
     *                           or Unix (ELF) program or a script ({@code #!}), whatever its name;
     *                           {@code shared.document.type} (file name) for anything else that is
     *                           not a PDF, PNG or JPEG; {@code shared.document.empty} for an empty file
     */
    public static DocumentType detect(byte[] head, String fileName) {
        if (head.length == 0) {
            throw new BusinessException("shared.document.empty", fileName);
        }
        if (isExecutable(head)) {
            throw new BusinessException("shared.document.executable", fileName);
        }
        for (DocumentType t : values()) {
            if (startsWith(head, t.signature)) {
                return t;
            }
        }
        throw new BusinessException("shared.document.type", fileName);
    }

    /** Whether the bytes begin like a program: MZ (Windows PE/DOS), ELF, or a script's {@code #!}. */
    public static boolean isExecutable(byte[] head) {
        return startsWith(head, new byte[]{'M', 'Z'})
                || startsWith(head, new byte[]{0x7F, 'E', 'L', 'F'})
                || startsWith(head, new byte[]{'#', '!'});
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * The name to keep of an uploaded file: the last path segment of what the browser sent, without
     * control characters or quotes, cut to {@code max} characters from its end (so the extension
     * stays); a file without a usable name is named after its type ({@code document.pdf}).
     */
    public static String safeName(String name, DocumentType type, int max) {
        String s = name == null ? "" : name;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (s.isEmpty()) {
            s = "document." + (type == null ? "bin" : type.extension());
        }
        return s.length() <= max ? s : s.substring(s.length() - max);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
