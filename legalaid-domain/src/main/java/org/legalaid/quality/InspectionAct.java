package org.legalaid.quality;

import org.legalaid.shared.Roles;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may do what in an institution inspection, and when (answered by {@code InspectionService.actsOn} and
 * enforced by it): the bureau supervisor runs the campaign — moves it to the next phase, sets the follow-up of
 * the centres to rectify and commends centres and people at acceptance (seed 000 第四阶段); the centre director
 * files the centre's self-report during self-inspection (自查报告); the members of the inspecting group (its
 * centres' directors and evaluators) score during cross-inspection (互查). Which centre is the caller's is
 * checked by the boundary on top of this rule.
 */
public enum InspectionAct {
    ADVANCE(EnumSet.of(InspectionPhase.MOBILISE, InspectionPhase.SELF_INSPECTION, InspectionPhase.CROSS_INSPECTION,
            InspectionPhase.ACCEPTANCE), Roles.BUREAU_SUPERVISOR),
    SELF_REPORT(EnumSet.of(InspectionPhase.SELF_INSPECTION), Roles.APPROVER),
    SCORE(EnumSet.of(InspectionPhase.CROSS_INSPECTION), Roles.APPROVER, Roles.QUALITY_EVALUATOR),
    RECTIFY(EnumSet.of(InspectionPhase.ACCEPTANCE, InspectionPhase.CLOSED), Roles.BUREAU_SUPERVISOR),
    COMMEND(EnumSet.of(InspectionPhase.ACCEPTANCE), Roles.BUREAU_SUPERVISOR);

    private final Set<InspectionPhase> phases;
    private final Set<String> roles;

    InspectionAct(Set<InspectionPhase> phases, String... roles) {
        this.phases = phases;
        this.roles = Set.of(roles);
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean allows(Predicate<String> inRole, InspectionPhase p) {
        return phases.contains(p) && roles.stream().anyMatch(inRole);
    }

    public static Set<InspectionAct> openTo(Predicate<String> inRole, InspectionPhase p) {
        EnumSet<InspectionAct> out = EnumSet.noneOf(InspectionAct.class);
        for (InspectionAct a : values()) {
            if (a.allows(inRole, p)) {
                out.add(a);
            }
        }
        return out;
    }

    public String labelKey() {
        return "quality.inspection.act." + name();
    }
}
