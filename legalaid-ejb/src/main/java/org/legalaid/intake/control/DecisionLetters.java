package org.legalaid.intake.control;

import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.shared.pdf.ChineseDates;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.math.BigDecimal;
import java.util.ResourceBundle;

/**
 * The wording of the written decisions on an application (docs/domain.md "Case lifecycle" 4, 6):
 * 给予法律援助决定书 and 不予法律援助决定书 (LAL art. 43) issued by the centre, and the justice
 * bureau's decision on an objection (LAL art. 49). Official documents are always in Chinese,
 * whatever language the user reads the screens in; labels come from the screens' Chinese bundle
 * (given by the caller) so a matter reads the same on the screen and on paper. The figures and
 * reasons are those the application kept at review, not today's. Built in the EJB layer like the
 * termination and assignment letters: the boundary reads the application in scope and audits the
 * read ({@code ApplicationService#decisionDocument}).
 */
public final class DecisionLetters {

    private static final String LAL = "《中华人民共和国法律援助法》";

    private DecisionLetters() {
    }

    /** Whether the centre's decision exists for {@code a} (approved, whatever came after). */
    public static boolean hasDecision(Application a) {
        return a.getDecisionNumber() != null;
    }

    /** Whether the bureau's objection decision exists for {@code a}. */
    public static boolean hasObjectionDecision(Application a) {
        return a.getObjectionDecisionNumber() != null;
    }

    /**
     * The centre's decision: a grant, or a refusal that tells the applicant where to object.
     *
     * @param centre the centre's name
     * @param bureau the justice bureau that set it up (where objections go)
     * @param labels the Chinese texts of the label keys (sex, matter, scope basis, verification)
     */
    public static OfficialDocumentContent decision(Application a, Applicant applicant, String centre, String bureau,
                                                   ResourceBundle labels) {
        if (!hasDecision(a)) {
            throw new IllegalStateException("application " + a.getId() + " has no decision");
        }
        boolean granted = a.getDecidedAt() != null && Boolean.TRUE.equals(a.getProposedGrant());
        OfficialDocumentContent.Builder doc = OfficialDocumentContent.builder()
                .issuingOrgan(centre)
                .title(granted ? "给予法律援助决定书" : "不予法律援助决定书")
                .documentNumber(a.getDecisionNumber())
                .addressee(applicant.getFullName() + "：");
        applicantFields(doc, a, applicant, labels);
        String received = "你于" + ChineseDates.format(a.getReceivedAt().toLocalDate()) + "向本中心申请法律援助，本中心于"
                + ChineseDates.format(a.getAcceptedAt().toLocalDate()) + "受理。";
        String matter = text(labels, a.getMatterType().labelKey()) + "（" + text(labels, a.getMatterCategory().labelKey()) + "）";
        doc.paragraph(received);
        doc.paragraph("经审查查明：你申请法律援助的事项为" + matter + "。" + stripFinalStop(a.getFacts()) + "。");
        if (granted) {
            doc.paragraph("本中心认为，该事项属于法律援助范围（" + text(labels, a.getScopeBasisKey()) + "）；"
                    + hardship(a, labels)
                    + "根据" + LAL + "第四十三条的规定，决定给予法律援助。");
            doc.paragraph("本中心将自本决定作出之日起三日内指派律师或者法律援助工作者为你提供法律援助，"
                    + "并将承办人员的姓名和联系方式告知你，请保持通讯畅通。");
        } else {
            doc.paragraph("本中心认为，" + refusalGrounds(a, labels) + "。根据" + LAL + "第四十三条的规定，决定不予法律援助。");
            doc.paragraph("如对本决定有异议，可以向" + bureau + "提出（" + LAL + "第四十九条）。");
        }
        return doc.signature(centre, a.getDecidedAt().toLocalDate()).build();
    }

    /** The justice bureau's decision on the applicant's objection (LAL art. 49). */
    public static OfficialDocumentContent objectionDecision(Application a, Applicant applicant, String centre, String bureau,
                                                            ResourceBundle labels) {
        if (!hasObjectionDecision(a)) {
            throw new IllegalStateException("application " + a.getId() + " has no objection decision");
        }
        boolean ordered = Boolean.TRUE.equals(a.getObjectionOrderedAid());
        OfficialDocumentContent.Builder doc = OfficialDocumentContent.builder()
                .issuingOrgan(bureau)
                .title("法律援助异议审查决定书")
                .documentNumber(a.getObjectionDecisionNumber())
                .addressee(applicant.getFullName() + "：");
        applicantFields(doc, a, applicant, labels);
        doc.paragraph("你对" + centre + a.getDecisionNumber() + "不予法律援助决定提出的异议，本局于"
                + ChineseDates.format(a.getObjectionReceivedAt().toLocalDate()) + "收到。异议理由：" + a.getObjectionGrounds());
        doc.paragraph("经审查，" + stripFinalStop(a.getObjectionReasons()) + "。根据" + LAL + "第四十九条的规定，"
                + (ordered ? "责令" + centre + "及时对你提供法律援助。" : "维持" + centre + "作出的不予法律援助决定。"));
        return doc.signature(bureau, a.getObjectionDecidedAt().toLocalDate()).build();
    }

    private static void applicantFields(OfficialDocumentContent.Builder doc, Application a, Applicant applicant,
                                        ResourceBundle labels) {
        doc.field("申请人", applicant.getFullName() + "，" + text(labels, applicant.getSex().labelKey()) + "，"
                        + ChineseDates.format(applicant.getBirthDate()) + "出生")
                .field("身份证号码", applicant.idNumber())
                .field("申请事项", text(labels, a.getMatterType().labelKey()) + " · "
                        + text(labels, a.getMatterCategory().labelKey()));
        if (a.getOpposingPartyName() != null) {
            doc.field("对方当事人", a.getOpposingPartyName());
        }
    }

    /**
     * Why aid is refused, from what the review found (LAL art. 43: the refusal states its
     * grounds): the matter outside the scope with the provision that says so, or the income
     * above the hardship standard (LAL art. 34) with the figures. Only where the findings name
     * neither — in scope, hardship met, refused for another reason the law allows — do the
     * written reasons of the review stand as the ground.
     */
    private static String refusalGrounds(Application a, ResourceBundle labels) {
        if (Boolean.FALSE.equals(a.getInScope())) {
            return "该事项不属于法律援助范围（" + text(labels, a.getScopeBasisKey()) + "）";
        }
        if (a.getExemptionCode() == null && a.getIncomePerHead() != null && a.getHardshipLimit() != null
                && a.getIncomePerHead().compareTo(a.getHardshipLimit()) > 0) {
            return "你的家庭人均月收入为" + yuan(a.getIncomePerHead()) + "元，高于当地" + a.getStandardYear()
                    + "年度经济困难标准" + yuan(a.getHardshipLimit()) + "元，不符合" + LAL + "第三十四条规定的经济困难条件";
        }
        return stripFinalStop(a.getReasons());
    }

    /**
     * The economic condition as found: the exemption and its basis, or the figures of the means
     * test against the standard (LAL art. 34) and how they were verified (LAL art. 41). The
     * reviewer's own wording of the proposal (审查意见, "…建议给予法律援助") is an internal record
     * of the review and is not printed: the decision states its grounds (issue 18).
     */
    private static String hardship(Application a, ResourceBundle labels) {
        if (a.getExemptionCode() != null) {
            return "你符合免予经济困难审查的情形（" + stripFinalStop(a.getExemptionBasis()) + "）。";
        }
        return "你的家庭人均月收入为" + yuan(a.getIncomePerHead()) + "元，不高于当地" + a.getStandardYear()
                + "年度经济困难标准" + yuan(a.getHardshipLimit()) + "元，符合" + LAL + "第三十四条规定的经济困难条件（核查方式："
                + text(labels, a.getVerification().labelKey()) + "，" + LAL + "第四十一条）。";
    }

    private static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String stripFinalStop(String s) {
        String t = s.strip();
        while (t.endsWith("。") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String text(ResourceBundle labels, String key) {
        return labels.containsKey(key) ? labels.getString(key) : key;
    }
}
