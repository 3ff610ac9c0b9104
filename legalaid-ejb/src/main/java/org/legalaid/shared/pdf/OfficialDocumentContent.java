package org.legalaid.shared.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an official document says, in reading order: the issuing organ (发文机关) at the head, the
 * title, the document number (文号, e.g. {@code 青北法援决〔2026〕12号}), the addressee (主送), the
 * body — paragraphs, headings and labelled fields — and the signature (落款: organ and date),
 * with an optional note at the end (附注). Only the organ and the title are required; build one
 * with {@link #builder()}.
 *
 * <p>Text is plain: a line break inside a paragraph starts a new paragraph; tabs become spaces;
 * other control characters are dropped. A character the font lacks is printed as □ (the font,
 * 文泉驿正黑, covers all of GBK, so this concerns only very rare characters and emoji).
 *
 * @param issuingOrgan   the organ at the head of the first page, e.g. 青岛市市北区法律援助中心
 * @param redHeader      print the organ in red with a red rule under it (红头), as on letters
 *                       and notices sent out; black otherwise
 * @param title          e.g. 给予法律援助决定书
 * @param documentNumber the number from the unit's series, or null for documents without one
 * @param addressee      e.g. {@code 张三：} (with its colon), or null
 * @param body           the paragraphs, headings and field rows, in order
 * @param signature      organ and date at the end, or null
 * @param footerNote     a note after the signature, e.g. how many copies went to whom, or null
 */
public record OfficialDocumentContent(String issuingOrgan, boolean redHeader, String title, String documentNumber,
                                      String addressee, List<Block> body, Signature signature, String footerNote) {

    public OfficialDocumentContent {
        requireText(issuingOrgan, "issuingOrgan");
        requireText(title, "title");
        body = List.copyOf(Objects.requireNonNull(body, "body"));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    /** A part of the body. */
    public sealed interface Block permits Paragraph, Heading, Fields {
    }

    /** A paragraph, its first line indented by two characters. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A heading within the body such as {@code 一、申请事项}, in bold, indented like a paragraph. */
    public record Heading(String text) implements Block {
        public Heading {
            requireText(text, "heading");
        }
    }

    /** One labelled value, e.g. {@code 受援人：张三}. */
    public record Field(String label, String value) {
        public Field {
            requireText(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** Consecutive labelled values; the values line up after the longest label. */
    public record Fields(List<Field> rows) implements Block {
        public Fields {
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("no fields");
            }
        }
    }

    /** The signature: the organ's name and the date, in Chinese form (2026年11月22日). */
    public record Signature(String organ, LocalDate date) {
        public Signature {
            requireText(organ, "organ");
            Objects.requireNonNull(date, "date");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the content part by part, in reading order. */
    public static final class Builder {
        private String issuingOrgan;
        private boolean redHeader;
        private String title;
        private String documentNumber;
        private String addressee;
        private final List<Block> body = new ArrayList<>();
        private List<Field> openFields;
        private Signature signature;
        private String footerNote;

        private Builder() {
        }

        public Builder issuingOrgan(String organ) {
            this.issuingOrgan = organ;
            return this;
        }

        /** The organ in red with a red rule under it (红头). */
        public Builder redHeader() {
            this.redHeader = true;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder documentNumber(String number) {
            this.documentNumber = number;
            return this;
        }

        public Builder addressee(String addressee) {
            this.addressee = addressee;
            return this;
        }

        public Builder paragraph(String text) {
            closeFields();
            body.add(new Paragraph(text));
            return this;
        }

        public Builder heading(String text) {
            closeFields();
            body.add(new Heading(text));
            return this;
        }

        /** A labelled value; consecutive calls make one aligned group. */
        public Builder field(String label, String value) {
            if (openFields == null) {
                openFields = new ArrayList<>();
            }
            openFields.add(new Field(label, value));
            return this;
        }

        public Builder signature(String organ, LocalDate date) {
            this.signature = new Signature(organ, date);
            return this;
        }

        public Builder footerNote(String note) {
            this.footerNote = note;
            return this;
        }

        private void closeFields() {
            if (openFields != null) {
                body.add(new Fields(openFields));
                openFields = null;
            }
        }

        public OfficialDocumentContent build() {
            closeFields();
            return new OfficialDocumentContent(issuingOrgan, redHeader, title, documentNumber, addressee, body, signature,
                    footerNote);
        }
    }
}
