package org.legalaid.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.DocumentNumberSeries;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.PasswordHasher;
import org.legalaid.organisation.PasswordPolicy;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.UnitType;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.Role;
import org.legalaid.shared.control.CurrentTime;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Data an empty installation needs before anyone can log in. Two cases, both only while the
 * organisation tree is empty, so a restart never touches real data:
 * <ul>
 *   <li><b>Demo mode</b> (system property {@code legalaid.demo=true}, set only by the run
 *   command's server configuration): a city bureau and centre, three districts with a centre and
 *   two workstations each, and one account per role, all with the password in
 *   {@code legalaid.demo.password} (listed in the README).</li>
 *   <li><b>First installation</b> (environment variable {@code LEGALAID_BOOTSTRAP_ADMIN_PASSWORD}):
 *   the root bureau and one administrator, {@code admin}, who must change the password at first
 *   login and then builds the real tree.</li>
 * </ul>
 * Production start-up never creates demo accounts: demo mode needs the property, which no
 * administrator's configuration script sets.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll // runs at deployment, no caller
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    private UnitRepository units;

    @Inject
    private AccountRepository accounts;

    @Inject
    private DocumentNumberSeriesRepository series;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    @PostConstruct
    void load() {
        if (units.anyRootExists()) {
            return;
        }
        if (Boolean.getBoolean("legalaid.demo")) {
            loadDemo(System.getProperty("legalaid.demo.password"));
        } else {
            Optional.ofNullable(System.getenv("LEGALAID_BOOTSTRAP_ADMIN_PASSWORD"))
                    .filter(p -> !p.isBlank())
                    .ifPresent(this::bootstrap);
        }
    }

    private void bootstrap(String password) {
        PasswordPolicy.check(password, "admin");
        OrgUnit bureau = unit("BUREAU", "市司法局", UnitType.BUREAU, null);
        StaffAccount admin = accounts.add(new StaffAccount("admin", "系统管理员", bureau, List.of(Role.SYSTEM_ADMIN),
                PasswordHasher.hash(password), time.now()));
        audit.fire(AuditEvent.by(SYSTEM, bureau.id(), AuditAction.CREATE, "StaffAccount", admin.id(),
                "first installation: administrator admin"));
        LOG.info("First installation: created root unit BUREAU and account 'admin' (must change password).");
    }

    private void loadDemo(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("demo mode needs the system property legalaid.demo.password");
        }
        String hash = PasswordHasher.hash(password);
        OrgUnit bureau = unit("SJJ", "青岛市司法局", UnitType.BUREAU, null);
        OrgUnit centre = unit("FYZX", "青岛市法律援助中心", UnitType.CENTRE, bureau);
        prefixes(bureau, "青司");
        prefixes(centre, "青");
        unit("FYZX-ZY", "市中级人民法院工作站", UnitType.WORKSTATION, centre);
        String[][] districts = {
                {"SN", "市南区", "八大关街道", "市南区看守所", "370202", "青南"},
                {"SB", "市北区", "台东街道", "市北区劳动人事争议仲裁院", "370203", "青北"},
                {"HD", "黄岛区", "长江路街道", "黄岛区人民法院", "370211", "青黄"}};
        OrgUnit[] districtCentres = new OrgUnit[districts.length];
        for (int i = 0; i < districts.length; i++) {
            String[] d = districts[i];
            districtCentres[i] = unit(d[0], d[1] + "法律援助中心", UnitType.DISTRICT_CENTRE, centre);
            districtCentres[i].serveRegion(d[4]); // the district its notices belong to (issue 21)
            prefixes(districtCentres[i], d[5]);
            unit(d[0] + "-WS1", d[2] + "法律援助工作站", UnitType.WORKSTATION, districtCentres[i]);
            unit(d[0] + "-WS2", d[3] + "法律援助工作站", UnitType.WORKSTATION, districtCentres[i]);
        }
        Object[][] people = {
                {"admin", "王建国", bureau, Role.SYSTEM_ADMIN},
                {"supervisor", "李秀英", bureau, Role.BUREAU_SUPERVISOR},
                {"director", "张伟", centre, Role.APPROVER},
                {"reviewer", "刘洋", centre, Role.REVIEWER},
                {"assigner", "陈静", centre, Role.ASSIGNMENT_OFFICER},
                {"casesup", "杨帆", centre, Role.CASE_SUPERVISOR},
                {"finance", "赵敏", centre, Role.FINANCE_OFFICER},
                {"finapprover", "黄磊", centre, Role.FINANCE_APPROVER},
                // segregation of duties needs four people where money moves: a second of each finance role
                {"finance2", "钱芳", centre, Role.FINANCE_OFFICER},
                {"finapprover2", "郑强", centre, Role.FINANCE_APPROVER},
                {"evaluator", "周涛", centre, Role.QUALITY_EVALUATOR},
                {"complaints", "吴霞", centre, Role.COMPLAINT_HANDLER},
                {"clerk", "孙丽", districtCentres[0], Role.INTAKE_CLERK},
                {"clerk2", "马超", districtCentres[1], Role.INTAKE_CLERK},
                // not staff: the API account of a court that notifies criminal cases (通知辩护)
                {"court", "市南区人民法院（接口）", districtCentres[0], Role.NOTIFYING_ORGAN}};
        for (Object[] p : people) {
            StaffAccount a = accounts.add(new StaffAccount((String) p[0], (String) p[1], (OrgUnit) p[2],
                    List.of((Role) p[3]), hash, time.now()));
            a.changePassword(hash, time.now()); // demo accounts need no first-login change
            audit.fire(AuditEvent.by(SYSTEM, a.unit().id(), AuditAction.CREATE, "StaffAccount", a.id(),
                    "demo account " + a.username() + " (" + ((Role) p[3]).code() + ")"));
        }
        LOG.info(() -> "Demo data loaded: " + people.length + " accounts in " + units.findSubtree("/").size() + " units.");
    }

    /**
     * The demo organs' document number prefixes for this year (carried into later years): the
     * organ's abbreviation in Chinese characters and the kind's code, e.g. 青南法援决 (issue 18; a
     * 文号 never carries the unit's Latin code). A real installation sets its own on the 文书编号 screen.
     */
    private void prefixes(OrgUnit unit, String abbreviation) {
        int year = time.today().getYear();
        for (DocumentKind kind : DocumentKind.values()) {
            series.add(new DocumentNumberSeries(unit.id(), kind, year, abbreviation + kind.defaultCode()));
        }
    }

    private OrgUnit unit(String code, String name, UnitType type, OrgUnit parent) {
        OrgUnit unit = units.add(new OrgUnit(code, name, type, parent));
        audit.fire(AuditEvent.by(SYSTEM, unit.id(), AuditAction.CREATE, "OrgUnit", unit.id(), "code=" + code + ", name=" + name));
        return unit;
    }

}
