package org.legalaid.lawyers;

import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which field of practice a matter needs, and which further fields help (2023 procedure rules
 * 办理法律援助案件程序规定 art. 26: assignment by specialty and experience). The needed field
 * follows the type of proceeding; family, labour and minors' matters add related fields that
 * raise a candidate's bonus without excluding anyone.
 */
public final class MatterFit {

    private static final Set<MatterCategory> FAMILY = EnumSet.of(MatterCategory.ELDER_SUPPORT, MatterCategory.CHILD_SUPPORT,
            MatterCategory.SPOUSAL_SUPPORT, MatterCategory.DOMESTIC_VIOLENCE);
    private static final Set<MatterCategory> LABOUR = EnumSet.of(MatterCategory.LABOUR_REMUNERATION, MatterCategory.WORK_INJURY,
            MatterCategory.SOCIAL_INSURANCE);

    private MatterFit() {
    }

    /** The field a lawyer must have for the matter; null when any lawyer may take it (appeals, non-litigation). */
    public static Specialty required(MatterType type) {
        return switch (type) {
            case CRIMINAL -> Specialty.CRIMINAL;
            case CIVIL -> Specialty.CIVIL;
            case ADMINISTRATIVE -> Specialty.ADMINISTRATIVE;
            case STATE_COMPENSATION -> Specialty.STATE_COMPENSATION;
            case LABOUR_ARBITRATION -> Specialty.LABOUR;
            case APPEAL, NON_LITIGATION -> null;
        };
    }

    /** Fields that help with the matter beyond the required one. */
    public static Set<Specialty> related(MatterType type, MatterCategory category, boolean minor) {
        Set<Specialty> out = EnumSet.noneOf(Specialty.class);
        if (category != null && FAMILY.contains(category)) {
            out.add(Specialty.FAMILY);
        }
        if (category != null && LABOUR.contains(category)) {
            out.add(Specialty.LABOUR);
        }
        if (minor) {
            out.add(Specialty.JUVENILE);
        }
        out.remove(required(type));
        return out;
    }
}
