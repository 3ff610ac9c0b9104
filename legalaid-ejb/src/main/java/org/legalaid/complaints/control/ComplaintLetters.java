package org.legalaid.complaints.control;

import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintStep;
import org.legalaid.complaints.InvestigationRecord;
import org.legalaid.complaints.RecordAttachment;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The complaint's written documents (MoJ order 149): the notice of non-acceptance with its ground and
 * reasons (art. 15), the written decision to both parties (art. 22, 24) and the index of the
 * complaint's one file (一事一卷, art. 25). Official documents are in Chinese, with the labels of the
 * Chinese bundle the caller passes.
 */
public final class ComplaintLetters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ComplaintLetters() {
    }

    private static String text(ResourceBundle labels, String key) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static OfficialDocumentContent.Builder head(Complaint c, String centre, String title, ResourceBundle labels) {
        return OfficialDocumentContent.builder().issuingOrgan(centre).title(title)
                .field("受理号", c.getNumber())
                .field("投诉人", c.getComplainantName())
                .field("被投诉人", c.getRespondentName() + "（" + text(labels, c.getRespondentType().labelKey()) + "）")
                .field("投诉事项", text(labels, c.getGround().labelKey()))
                .field("收到投诉", c.getReceivedAt().format(DAY) + "，" + text(labels, c.getChannel().labelKey()));
    }

    /** 不予受理投诉告知书 (art. 15): the ground of art. 13–14 and the reasons. */
    public static OfficialDocumentContent nonAcceptance(Complaint c, String centre, ResourceBundle labels) {
        return head(c, centre, "不予受理投诉告知书", labels)
                .documentNumber(c.getDocumentNumber())
                .addressee(c.getComplainantName() + "：")
                .paragraph("你于" + c.getReceivedAt().format(DAY) + "提出的投诉，经审查，决定不予受理。")
                .field("不予受理的理由", text(labels, c.getNonAcceptanceGround().labelKey()))
                .paragraph(c.getReasons())
                .paragraph("依据《法律援助投诉处理办法》第十三条、第十四条、第十五条，特此告知。")
                .signature(centre, c.getClosedAt().toLocalDate())
                .build();
    }

    /** 投诉处理决定书 (art. 22, 24): the facts, the investigation, the outcome and its reasons, to both parties. */
    public static OfficialDocumentContent decision(Complaint c, List<InvestigationRecord> records, String centre,
                                                   ResourceBundle labels) {
        OfficialDocumentContent.Builder doc = head(c, centre, "投诉处理决定书", labels)
                .documentNumber(c.getDocumentNumber())
                .addressee(c.getComplainantName() + "、" + c.getRespondentName() + "：")
                .heading("一、投诉事实")
                .paragraph(c.getFacts())
                .heading("二、调查情况")
                .paragraph("本机关于" + c.getAcceptedAt().format(DAY) + "受理后指派调查人员进行调查，制作调查笔录" + records.size() + "份。"
                        + (c.getExtensionDays() > 0 ? "经负责人批准，办理期限延长" + c.getExtensionDays() + "日，并已告知投诉人。" : ""))
                .heading("三、处理决定")
                .field("处理结果", text(labels, c.getOutcome().labelKey()))
                .paragraph(c.getReasons())
                .paragraph("依据《法律援助投诉处理办法》第二十二条、第二十四条作出本决定，并送达投诉人和被投诉人。");
        return doc.signature(centre, c.getDecidedAt().toLocalDate()).build();
    }

    /** 投诉案卷目录 (一事一卷, art. 25): every step of the file in order, with who acted. */
    public static OfficialDocumentContent fileIndex(Complaint c, List<ComplaintStep> steps, List<RecordAttachment> attachments,
                                                    java.util.Map<String, String> names, String centre, ResourceBundle labels,
                                                    LocalDateTime now) {
        OfficialDocumentContent.Builder doc = head(c, centre, "投诉案卷目录", labels)
                .field("状态", text(labels, c.getStatus().labelKey()))
                .heading("卷内文件和办理经过");
        int n = 1;
        for (ComplaintStep s : steps) {
            String who = s.getActor() == null ? "系统" : names.getOrDefault(s.getActor(), s.getActor());
            doc.field((n++) + ". " + s.getAt().format(MOMENT), text(labels, s.getKind().labelKey()) + "（" + who + "）"
                    + (s.getNote() == null ? "" : "：" + s.getNote()));
        }
        if (!attachments.isEmpty()) {
            // art. 16–17, 25: the files attached to the investigation records are part of the file
            doc.heading("调查笔录附件");
            int k = 1;
            for (RecordAttachment a : attachments) {
                doc.field("附件" + (k++), a.getFileName() + "（" + a.getType().name() + "，" + kilobytes(a.getSizeBytes())
                        + "，" + names.getOrDefault(a.getUploadedBy(), a.getUploadedBy()) + " " + a.getUploadedAt().format(MOMENT)
                        + "，SHA-256 " + a.getSha256().substring(0, 16) + "…）");
            }
        }
        return doc.signature(centre, now.toLocalDate()).build();
    }

    /** A file's size as the index shows it: kilobytes, at least 1. */
    static String kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
