package org.legalaid.cases.control;

import org.legalaid.cases.CaseTermination;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TerminationGround;
import org.legalaid.shared.pdf.ChineseDates;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.util.EnumMap;
import java.util.Map;

/**
 * The wording of the 终止法律援助决定书 to the client and, in a criminal case, the 终止法律援助通知书
 * to the court, procuratorate or police (LAL art. 48, 49; docs/domain.md "Case lifecycle" 8). Official
 * documents are in Chinese whatever language the user reads the screens in; the grounds are spelled
 * here as the law words them.
 */
public final class TerminationLetters {

    private static final String LAL = "《中华人民共和国法律援助法》";

    private static final Map<TerminationGround, String> GROUND = new EnumMap<>(Map.of(
            TerminationGround.DECEIT, "受援人以欺骗或者其他不正当手段获得法律援助",
            TerminationGround.CONCEALMENT_OR_FALSE_EVIDENCE, "受援人故意隐瞒与案件有关的重要事实或者提供虚假证据",
            TerminationGround.UNLAWFUL_USE, "受援人利用法律援助从事违法活动",
            TerminationGround.MEANS_CHANGED, "受援人的经济状况发生变化，不再符合法律援助条件",
            TerminationGround.PROCEEDINGS_ENDED, "案件终止审理或者已经被撤销",
            TerminationGround.OWN_LAWYER, "受援人自行委托律师或者其他代理人",
            TerminationGround.CLIENT_REQUEST, "受援人有正当理由要求终止法律援助",
            TerminationGround.OTHER_LAWFUL_GROUND, "法律法规规定的其他情形"));

    private TerminationLetters() {
    }

    /** The ground as the law words it, e.g. 受援人自行委托律师或者其他代理人. */
    public static String groundText(TerminationGround g) {
        return GROUND.get(g);
    }

    /**
     * 终止法律援助决定书 to the client: the ground and the written reasons, the day aid ends, and the
     * right to object to the justice bureau, which decides within 5 days (LAL art. 49).
     *
     * @param title  what the assigned person is, 律师 or 法律服务工作者 (the lawyers context's rule)
     * @param bureau the justice bureau that set up the centre (where objections go)
     */
    public static OfficialDocumentContent decision(CaseTermination t, LegalCase c, String title, String centre, String bureau) {
        requireApproved(t);
        OfficialDocumentContent.Builder doc = OfficialDocumentContent.builder()
                .issuingOrgan(centre)
                .title("终止法律援助决定书")
                .documentNumber(t.getDocumentNumber())
                .addressee(c.getClientName() + "：");
        caseFields(doc, c, title);
        doc.paragraph("本中心于" + ChineseDates.format(c.getAssignedOn()) + "为你" + c.getTitle() + "一案（案号"
                + c.getCaseNumber() + "）提供法律援助。经审查，本案存在" + LAL + t.getGround().citation() + "规定的情形："
                + groundText(t.getGround()) + "。");
        doc.heading("终止理由").paragraph(t.getReasons());
        doc.paragraph("根据" + LAL + "第四十八条的规定，本中心决定自" + ChineseDates.format(t.getDecidedOn())
                + "起终止对你的法律援助。");
        if (t.getGround().isDeceit()) {
            doc.paragraph("以欺骗或者其他不正当手段获得法律援助的，由司法行政部门责令支付已实际支出的法律援助费用，"
                    + "可以处三千元以下罚款（" + LAL + "第六十四条）。");
        }
        doc.paragraph("如对本决定有异议，可以向" + bureau + "提出；司法行政部门应当自收到异议之日起五日内进行审查并作出决定（"
                + LAL + "第四十九条）。");
        return doc.signature(centre, t.getDecidedOn())
                .footerNote("本决定书一式三份，一份送受援人，一份送承办" + title + "，一份存入案卷。")
                .build();
    }

    /**
     * 终止法律援助通知书 to the court, procuratorate or police of a criminal case, to be sent within
     * 3 days of the decision (LAL art. 48, docs/domain.md "Case lifecycle" 8).
     *
     * @param title       what the assigned person is, 律师 or 法律服务工作者 (the lawyers context's rule)
     * @param organ       the organ handling the case (for a notified case the organ that notified), or null
     * @param organNumber the organ's notice number, or null
     */
    public static OfficialDocumentContent organNotice(CaseTermination t, LegalCase c, String title, String centre, String organ,
                                                      String organNumber) {
        requireApproved(t);
        OfficialDocumentContent.Builder doc = OfficialDocumentContent.builder()
                .issuingOrgan(centre).redHeader()
                .title("终止法律援助通知书")
                .documentNumber(t.getDocumentNumber())
                .addressee((organ == null ? "有关办案机关" : organ) + "：");
        doc.paragraph((organNumber == null ? "" : "你单位" + organNumber + "通知收悉。") + "本中心指派"
                + (c.getFirmName() == null ? "" : c.getFirmName()) + c.getLawyerName() + title + "为" + c.getClientName()
                + "提供法律援助（案号" + c.getCaseNumber() + "）。因存在" + LAL + t.getGround().citation() + "规定的情形（"
                + groundText(t.getGround()) + "），本中心已于" + ChineseDates.format(t.getDecidedOn())
                + "决定终止法律援助，承办" + title + "不再担任其辩护人。特此通知。");
        caseFields(doc, c, title);
        return doc.signature(centre, t.getDecidedOn()).build();
    }

    private static void caseFields(OfficialDocumentContent.Builder doc, LegalCase c, String title) {
        doc.field("受援人", c.getClientName())
                .field("案号", c.getCaseNumber())
                .field("承办" + title, c.getLawyerName() + (c.getFirmName() == null ? "" : "（" + c.getFirmName() + "）"));
    }

    private static void requireApproved(CaseTermination t) {
        if (t.getDocumentNumber() == null) {
            throw new IllegalStateException("termination " + t.getId() + " has no decision");
        }
    }
}
