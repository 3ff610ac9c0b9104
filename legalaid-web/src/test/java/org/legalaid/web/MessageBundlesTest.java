package org.legalaid.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.Role;
import org.legalaid.intake.CalendarDayKind;
import org.legalaid.intake.ClockState;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.ConsultationChannel;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationStepKind;
import org.legalaid.intake.ConflictFinding;
import org.legalaid.intake.ConsultationChannel;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.UrgentGround;
import org.legalaid.intake.SubjectType;
import org.legalaid.lawyers.EndReason;
import org.legalaid.lawyers.InterestRelation;
import org.legalaid.intake.DeadlineStatus;
import org.legalaid.intake.LimitUnit;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MandatoryDefenceGround;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NoticeStatus;
import org.legalaid.intake.NotifyingOrganType;
import org.legalaid.intake.ProceedingStage;
import org.legalaid.intake.ScopeCheck;
import org.legalaid.intake.ScopeRule;
import org.legalaid.intake.ScopeRules;
import org.legalaid.intake.Sex;
import org.legalaid.intake.SpecialCategory;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.UnitType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese first, English complete: both bundles hold the same keys, and every message key the
 * code raises (business rules, roles, unit types, audit actions, pages) has a text in both.
 */
@DisplayName("Message bundles: Chinese and English complete")
class MessageBundlesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/legalaid/web/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @DisplayName("A message with placeholders writes an apostrophe as '' (MessageFormat drops a single one and the placeholders after it)")
    void apostrophesInPatternsAreDoubled() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.contains("{")) {
                    assertTrue(!v.replace("''", "").contains("'"), name + " " + key + ": single apostrophe in " + v);
                }
            }
        }
    }

    @Test
    @DisplayName("No key is written twice in a bundle: the later text silently replaces the earlier (a field's label took the place of its error message)")
    void noKeyTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties", "faces.properties", "faces_en.properties")) {
            List<String> keys = new java.util.ArrayList<>();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/legalaid/web/i18n/" + name)) {
                if (in == null) {
                    continue;
                }
                // Properties keeps only the last of two equal keys: read the key of each line instead
                boolean continued = false;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String l = line.strip();
                    boolean wasContinued = continued;
                    continued = l.endsWith("\\") && !l.endsWith("\\\\");
                    if (wasContinued) {
                        continue;
                    }
                    int eq = l.indexOf('=');
                    if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("!") && eq > 0 && !line.startsWith(" ")) {
                        keys.add(l.substring(0, eq).strip());
                    }
                }
            }
            Set<String> seen = new java.util.HashSet<>();
            Set<String> twice = new TreeSet<>();
            keys.forEach(k -> {
                if (!seen.add(k)) {
                    twice.add(k);
                }
            });
            assertEquals(Set.of(), twice, name + ": keys written twice");
        }
    }

    @Test
    void englishHasEveryChineseKeyAndNoOther() throws IOException {
        Set<String> zh = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(zh);
        missingInEnglish.removeAll(en);
        Set<String> onlyInEnglish = new TreeSet<>(en);
        onlyInEnglish.removeAll(zh);
        assertEquals(Set.of(), missingInEnglish, "keys without English text");
        assertEquals(Set.of(), onlyInEnglish, "keys without Chinese text");
    }

    @Test
    void theChineseBaseBundleIsChinese() throws IOException {
        assertEquals("法律援助管理系统", load("messages.properties").getProperty("app.title"));
        assertTrue(load("messages_zh.properties").isEmpty(), "the zh bundle only stops a fallback to the server locale");
    }

    @Test
    void everyKeyTheCodeRaisesHasAText() throws IOException {
        Properties zh = load("messages.properties");
        Set<String> keys = new TreeSet<>();
        Pattern raised = Pattern.compile("(?:BusinessException|addError|addInfo|attempt\\(.*?,)\\(?\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)\"");
        for (String module : List.of("legalaid-domain", "legalaid-ejb", "legalaid-web")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = raised.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        Arrays.stream(Role.values()).map(Role::labelKey).forEach(keys::add);
        Arrays.stream(UnitType.values()).map(UnitType::labelKey).forEach(keys::add);
        Arrays.stream(DocumentKind.values()).map(DocumentKind::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.organisation.boundary.DocumentNumberSetting.Source.values())
                .map(s -> "documentNumbers.source." + s.name()).forEach(keys::add);
        Arrays.stream(AuditAction.values()).map(a -> "auditAction." + a.name()).forEach(keys::add);
        Arrays.stream(Page.values()).map(Page::labelKey).forEach(keys::add);
        Arrays.stream(MatterType.values()).map(MatterType::labelKey).forEach(keys::add);
        Arrays.stream(MatterCategory.values()).map(MatterCategory::labelKey).forEach(keys::add);
        Arrays.stream(SpecialCategory.values()).map(SpecialCategory::labelKey).forEach(keys::add);
        Arrays.stream(Sex.values()).map(Sex::labelKey).forEach(keys::add);
        Arrays.stream(LimitUnit.values()).map(LimitUnit::labelKey).forEach(keys::add);
        Arrays.stream(DeadlineStatus.values()).map(DeadlineStatus::labelKey).forEach(keys::add);
        Arrays.stream(ClockStep.values()).map(ClockStep::labelKey).forEach(keys::add);
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(org.legalaid.complaints.ComplaintStatus.class,
                org.legalaid.complaints.ComplaintChannel.class, org.legalaid.complaints.ComplaintGround.class,
                org.legalaid.complaints.RespondentType.class, org.legalaid.complaints.NonAcceptanceGround.class,
                org.legalaid.complaints.ComplaintOutcome.class, org.legalaid.complaints.InvestigationKind.class,
                org.legalaid.complaints.ConflictReason.class, org.legalaid.complaints.ComplaintStepKind.class,
                org.legalaid.complaints.ComplaintAct.class, org.legalaid.complaints.ObjectionRoute.class)) {
            for (Enum<?> v : e.getEnumConstants()) {
                keys.add(Character.toLowerCase(e.getSimpleName().charAt(0)) + e.getSimpleName().substring(1) + "." + v.name());
            }
        }
        Arrays.stream(ClockState.values()).map(ClockState::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.quality.InspectionPhase.values()).map(org.legalaid.quality.InspectionPhase::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.quality.InspectionAct.values()).map(org.legalaid.quality.InspectionAct::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.quality.DataFigure.values()).map(org.legalaid.quality.DataFigure::labelKey).forEach(keys::add);
        Arrays.stream(DeadlineFilter.Show.values()).map(DeadlineFilter.Show::labelKey).forEach(keys::add);
        Arrays.stream(CalendarDayKind.values()).map(CalendarDayKind::labelKey).forEach(keys::add);
        ScopeRules.national().stream().map(ScopeRule::basisKey).forEach(keys::add);
        keys.add(ScopeCheck.NOT_LISTED_KEY);
        Arrays.stream(ConsultationChannel.values()).map(ConsultationChannel::labelKey).forEach(keys::add);
        Arrays.stream(NotifyingOrganType.values()).map(NotifyingOrganType::labelKey).forEach(keys::add);
        Arrays.stream(ProceedingStage.values()).map(ProceedingStage::labelKey).forEach(keys::add);
        Arrays.stream(NoticeStatus.values()).map(NoticeStatus::labelKey).forEach(keys::add);
        Arrays.stream(MandatoryDefenceGround.values()).map(MandatoryDefenceGround::labelKey).forEach(keys::add);
        Arrays.stream(MandatoryDefenceGround.values()).map(MandatoryDefenceGround::basisKey).forEach(keys::add);
        Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::labelKey).forEach(keys::add);
        Arrays.stream(ApplicationChannel.values()).map(ApplicationChannel::labelKey).forEach(keys::add);
        Arrays.stream(ApplicationStepKind.values()).map(ApplicationStepKind::labelKey).forEach(keys::add);
        Arrays.stream(SupportingDocument.values()).map(SupportingDocument::labelKey).forEach(keys::add);
        Arrays.stream(JurisdictionGround.values()).map(JurisdictionGround::labelKey).forEach(keys::add);
        Arrays.stream(UrgentGround.values()).map(UrgentGround::labelKey).forEach(keys::add);
        Arrays.stream(SubjectType.values()).map(SubjectType::labelKey).forEach(keys::add);
        Arrays.stream(EndReason.values()).map(EndReason::labelKey).forEach(keys::add);
        Arrays.stream(InterestRelation.values()).map(InterestRelation::labelKey).forEach(keys::add);
        Arrays.stream(HardshipVerification.values()).map(HardshipVerification::labelKey).forEach(keys::add);
        Arrays.stream(ConflictFinding.Kind.values()).map(ConflictFinding.Kind::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.FirmKind.values()).map(org.legalaid.lawyers.FirmKind::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.LawyerKind.values()).map(org.legalaid.lawyers.LawyerKind::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.LawyerStatus.values()).map(org.legalaid.lawyers.LawyerStatus::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.Specialty.values()).map(org.legalaid.lawyers.Specialty::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.shared.RequestState.values()).map(org.legalaid.shared.RequestState::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.CreditKind.values()).map(org.legalaid.lawyers.CreditKind::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.ReductionReason.values()).map(org.legalaid.lawyers.ReductionReason::labelKey).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.FirmQuotaMode.values()).map(m -> "firmQuotaMode." + m.name()).forEach(keys::add);
        Arrays.stream(org.legalaid.lawyers.Shift.values()).map(s -> "shift." + s.name()).forEach(keys::add);
        java.util.stream.Stream.of(org.legalaid.lawyers.LanguageCodes.class.getFields())
                .filter(f -> f.getType() == String.class)
                .map(f -> { try { return org.legalaid.lawyers.LanguageCodes.labelKey((String) f.get(null)); } catch (IllegalAccessException e) { throw new IllegalStateException(e); } })
                .forEach(keys::add);
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(org.legalaid.quality.Grade.class,
                org.legalaid.quality.FormKind.class, org.legalaid.quality.FindingType.class, org.legalaid.quality.ProblemType.class,
                org.legalaid.quality.Conflict.class, org.legalaid.quality.CampaignState.class, org.legalaid.quality.CampaignKind.class,
                org.legalaid.quality.SampleState.class, org.legalaid.quality.Round.class, org.legalaid.quality.CampaignAct.class,
                org.legalaid.quality.PoolLevel.class, org.legalaid.quality.Sampler.Stratum.class)) {
            for (Enum<?> v : e.getEnumConstants()) {
                try {
                    keys.add((String) e.getMethod("labelKey").invoke(v));
                } catch (ReflectiveOperationException x) {
                    throw new IllegalStateException(x);
                }
            }
        }
        Arrays.stream(Page.MenuGroup.values()).map(Page.MenuGroup::labelKey).filter(k -> k != null).forEach(keys::add);
        assertTrue(keys.size() > 40, "the scan found the keys: " + keys.size());
        Set<String> missing = new TreeSet<>(keys);
        missing.removeIf(zh::containsKey);
        assertEquals(Set.of(), missing, "message keys without text");
    }
}
