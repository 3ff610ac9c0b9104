package org.legalaid.lawyers.control;

import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.ProceedingStage;
import org.legalaid.intake.SubjectType;
import org.legalaid.lawyers.Assignment;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.shared.pdf.ChineseDates;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.time.LocalDate;
import java.util.Map;

/**
 * The wording of the 指派通知书 and the 法律援助公函 (docs/domain.md "Case lifecycle" 7 and 9: both go
 * into the case file). Official documents are in Chinese whatever language the officer reads the
 * screens in; the few labels they need are spelled here, as on the paper forms.
 *
 * <p>The notice goes to the lawyer's firm: the case, the client, the lawyer, and the day by which
 * the firm signs the entrustment agreement (委托协议) with the client — 5 days (2023 procedure
 * rules art. 27). The letter goes to the organ handling the case — for a notified case the organ
 * that notified (LAL art. 36: "并通知…"), for an application the court, arbitration body or other
 * organ before which the lawyer will act.
 *
 * <p>The assigned person is named by their kind ({@link org.legalaid.lawyers.LawyerKind#title()}):
 * a worker of a 基层法律服务所 is a 法律服务工作者, never a 律师 (issue 18).
 */
public final class AssignmentLetters {

    private static final String LAL = "《中华人民共和国法律援助法》";

    private static final Map<MatterType, String> MATTER = Map.of(
            MatterType.CRIMINAL, "刑事", MatterType.CIVIL, "民事", MatterType.ADMINISTRATIVE, "行政",
            MatterType.STATE_COMPENSATION, "国家赔偿", MatterType.APPEAL, "申诉",
            MatterType.LABOUR_ARBITRATION, "劳动仲裁", MatterType.NON_LITIGATION, "非诉讼事项");

    private static final Map<ProceedingStage, String> STAGE = Map.of(
            ProceedingStage.INVESTIGATION, "侦查", ProceedingStage.PROSECUTION_REVIEW, "审查起诉",
            ProceedingStage.FIRST_INSTANCE, "一审", ProceedingStage.SECOND_INSTANCE, "二审",
            ProceedingStage.DEATH_PENALTY_REVIEW, "死刑复核");

    private AssignmentLetters() {
    }

    /**
     * 指派通知书 to the firm.
     *
     * @param agreementDue the last day for the entrustment agreement
     */
    public static OfficialDocumentContent notice(Assignment a, AssignableCase c, Lawyer lawyer, LawFirm firm, String centre,
                                                 LocalDate agreementDue) {
        OfficialDocumentContent.Builder doc = OfficialDocumentContent.builder()
                .issuingOrgan(centre).redHeader()
                .title("法律援助案件指派通知书")
                .documentNumber(a.getNoticeNumber())
                .addressee(firm.getName() + "：");
        String basis = c.type() == SubjectType.NOTICE
                ? "根据" + LAL + "第二十五条、第三十六条的规定，经" + c.organName() + "（" + c.basisNumber() + "）通知，"
                : "根据" + LAL + "第四十三条的规定，本中心已决定给予" + c.client().name() + "法律援助"
                + (c.basisNumber() == null ? "" : "（" + c.basisNumber() + "）") + "，";
        String title = lawyer.getKind().title();
        doc.paragraph(basis + "现指派你所" + lawyer.getName() + title + "承办下列法律援助案件。");
        caseFields(doc, c);
        doc.field("承办" + title, lawyer.getName() + "（执业证号：" + lawyer.getLicenceNumber() + "）");
        if (lawyer.getPhone() != null) {
            doc.field("联系电话", lawyer.getPhone());
        }
        doc.field("指派日期", ChineseDates.format(a.getAssignedOn()));
        doc.paragraph("请你所于" + ChineseDates.format(agreementDue) + "前与受援人签订委托协议（《办理法律援助案件程序规定》第二十七条），"
                + "并指导承办" + title + "依法履行职责，及时向本中心报告案件进展；承办" + title + "不得向受援人收取任何财物（"
                + LAL + "第二十条）。");
        return doc.signature(centre, a.getAssignedOn())
                .footerNote("本通知书一式两份，一份送" + firm.getKind().title() + "，一份存入案卷。")
                .build();
    }

    /** 法律援助公函 to the organ handling the case. */
    public static OfficialDocumentContent letter(Assignment a, AssignableCase c, Lawyer lawyer, LawFirm firm, String centre) {
        String addressee = c.type() == SubjectType.NOTICE ? c.organName() : "有关人民法院、仲裁机构及相关单位";
        OfficialDocumentContent.Builder doc = OfficialDocumentContent.builder()
                .issuingOrgan(centre).redHeader()
                .title("法律援助公函")
                .documentNumber(a.getLetterNumber())
                .addressee(addressee + "：");
        String title = lawyer.getKind().title();
        if (c.type() == SubjectType.NOTICE) {
            doc.paragraph("你单位" + c.basisNumber() + "通知收悉。根据" + LAL + "第二十五条、第三十六条的规定，本中心指派"
                    + firm.getName() + lawyer.getName() + title + "担任" + c.client().name() + "（涉嫌" + c.charge() + "）"
                    + (c.stage() == null ? "" : STAGE.get(c.stage()) + "阶段") + "的辩护人，特此函告。");
        } else {
            doc.paragraph("本中心已决定为" + c.client().name() + "提供法律援助。根据" + LAL + "第四十三条的规定，本中心指派"
                    + firm.getName() + lawyer.getName() + title + "担任其代理人，特此函告，请予以支持和配合。");
        }
        caseFields(doc, c);
        doc.field("承办" + title, lawyer.getName() + "（执业证号：" + lawyer.getLicenceNumber() + "）")
                .field(firm.getKind().title(), firm.getName() + "，" + firm.getAddress() + "，电话" + firm.getContactPhone());
        return doc.signature(centre, a.getAssignedOn()).build();
    }

    private static void caseFields(OfficialDocumentContent.Builder doc, AssignableCase c) {
        doc.field("受援人", c.client().name());
        if (c.type() == SubjectType.NOTICE) {
            doc.field("涉嫌罪名", c.charge())
                    .field("诉讼阶段", c.stage() == null ? "" : STAGE.get(c.stage()))
                    .field("通知机关", c.organName() + " " + c.basisNumber());
            if (c.detentionPlace() != null) {
                doc.field("羁押场所", c.detentionPlace());
            }
        } else {
            doc.field("案件类型", MATTER.get(c.matterType()));
            if (!c.opposingParties().isEmpty()) {
                doc.field("对方当事人", c.opposingParties().get(0).name());
            }
        }
    }
}
