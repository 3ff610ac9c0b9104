package org.legalaid.it.bench;

import org.legalaid.intake.ResidentIdNumber;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills PostgreSQL with realistic legal aid cases for the case list's benchmark (issue 5, "Case
 * list at scale"): applicants with zh_CN names (surname by frequency, one- or two-character given
 * names) and valid 居民身份证 numbers (GB 11643 check character), one case each in a unit of the
 * existing tree, with a lawyer of the pool (some are created when the pool is empty), dates in the
 * order the law requires (application ≤ acceptance ≤ decision ≤ assignment ≤ agreement ≤ handling
 * ≤ end ≤ submission ≤ review ≤ archive), states in the proportions of a working centre, and the
 * clocks of the closing steps (some overdue). Rows go in by COPY in batches.
 *
 * <p>Generated cases are legacy-imported cases (no intake record behind them) whose number carries
 * a {@code G}: a second run refuses unless {@code --force}, which first removes the earlier ones.
 *
 * <pre>java … CaseGenerator COUNT [--force]   (LEGALAID_DB_URL, LEGALAID_DB_USER, LEGALAID_DB_PASSWORD)</pre>
 * Not part of the EAR: test sources of arquillian-tests, started by scripts/generate-cases.sh.
 */
public final class CaseGenerator {

    static final String MARK = "〕G";
    static final String BY = "generator";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    private static final int BATCH = 50_000;

    /** The commonest surnames, weighted roughly by their share of the population (per mille). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final int[] SURNAME_WEIGHTS_LISTED = {72, 72, 69, 54, 46, 32, 24, 23, 21, 19, 18, 16, 13, 12, 11, 11, 10, 10, 10, 9, 9,
            8, 8, 8, 8, 7, 7, 7, 7, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
    /** One weight per surname: the listed ones, 2 for the rest of the list. */
    private static final int[] SURNAME_WEIGHTS = java.util.stream.IntStream.range(0, SURNAMES.length())
            .map(i -> i < SURNAME_WEIGHTS_LISTED.length ? SURNAME_WEIGHTS_LISTED[i] : 2).toArray();
    private static final String GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国志文博海峰成";
    private static final String GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀英慧婷雪琳玉萍红玲梅兰颖洁燕晶倩佳丹璐欣怡悦琪瑶彤雯";
    private static final String[] REGIONS = {"370202", "370203", "370211", "370212", "370213", "370214", "370215"};

    private static final String[][] MATTERS = {
            {"CIVIL", "劳动报酬纠纷", "婚姻家庭纠纷", "赡养纠纷", "机动车交通事故责任纠纷", "医疗损害责任纠纷", "民间借贷纠纷"},
            {"CRIMINAL", "盗窃案", "故意伤害案", "诈骗案", "危险驾驶案", "交通肇事案"},
            {"LABOUR_ARBITRATION", "追索劳动报酬", "工伤待遇", "解除劳动合同经济补偿"},
            {"ADMINISTRATIVE", "工伤认定", "行政处罚"},
            {"NON_LITIGATION", "调解", "代写法律文书"},
            {"STATE_COMPENSATION", "刑事赔偿"},
            {"APPEAL", "申诉"}};
    private static final int[] MATTER_WEIGHTS = {48, 28, 12, 4, 5, 1, 2};

    private final SplittableRandom random = new SplittableRandom(20261122L);

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CaseGenerator COUNT [--force]   (LEGALAID_DB_URL, LEGALAID_DB_USER, LEGALAID_DB_PASSWORD)");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        boolean force = List.of(args).contains("--force");
        String url = env("LEGALAID_DB_URL");
        try (Connection c = DriverManager.getConnection(url, env("LEGALAID_DB_USER"), env("LEGALAID_DB_PASSWORD"))) {
            new CaseGenerator().run(c, count, force);
        }
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return v;
    }

    /** The number of generated cases in the database. */
    public static long generated(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from legal_case where legacy and case_number like '%" + MARK + "%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void run(Connection c, int count, boolean force) throws SQLException, java.io.IOException {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        long existing = generated(c);
        if (existing > 0 && !force) {
            System.out.println("refused: " + existing + " generated cases are already there (use --force to replace them)");
            System.exit(3);
        }
        if (existing > 0) {
            removeGenerated(c);
        }
        List<long[]> units = units(c);
        List<Object[]> lawyers = lawyers(c, units);
        long caseBase = reserve(c, "legal_case_seq", count);
        long applicantBase = reserve(c, "applicant_seq", count);
        long clockBase = reserve(c, "clock_item_seq", 2L * count);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long clocks = 0;
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            StringBuilder applicants = new StringBuilder(200 * (to - from));
            StringBuilder cases = new StringBuilder(300 * (to - from));
            StringBuilder clockRows = new StringBuilder(200 * (to - from));
            for (int i = from; i < to; i++) {
                clocks += one(i, units, lawyers, caseBase + i, applicantBase + i, clockBase + 2L * i, applicants, cases, clockRows);
            }
            copy.copyIn("COPY applicant (id, unit_id, id_number, full_name, sex, birth_date, household_size,"
                    + " household_monthly_income, no_fixed_income, local_resident, registered_by, registered_at) FROM STDIN"
                    + " WITH (FORMAT csv)", new StringReader(applicants.toString()));
            copy.copyIn("COPY legal_case (id, case_number, unit_id, legacy, matter_type, client_name, title, lawyer_id,"
                    + " lawyer_name, firm_name, status, applied_on, accepted_on, decided_on, assigned_on, agreement_signed_on,"
                    + " first_handling_on, last_handling_on, ended_on, submitted_on, reviewed_on, archived_on, created_at)"
                    + " FROM STDIN WITH (FORMAT csv)", new StringReader(cases.toString()));
            copy.copyIn("COPY clock_item (id, unit_id, subject_type, subject_id, subject_label, step, started_at,"
                    + " limit_amount, limit_unit, limit_moves_off_rest_day, due_at, completed_at, late, open_flag)"
                    + " FROM STDIN WITH (FORMAT csv)", new StringReader(clockRows.toString()));
            c.commit();
            System.out.printf("%,d cases …%n", to);
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // the visibility map makes the list's offset scans index-only; fresh statistics give the estimates
            s.execute("vacuum analyze legal_case");
            s.execute("vacuum analyze clock_item");
            s.execute("vacuum analyze applicant");
        }
        System.out.printf("generated %,d cases, %,d applicants and %,d clock items in %.1f s%n", count, count, clocks,
                (System.nanoTime() - t0) / 1e9);
    }

    private void removeGenerated(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from clock_item where subject_type = 'LegalCase' and subject_id in"
                    + " (select id from legal_case where legacy and case_number like '%" + MARK + "%')");
            s.executeUpdate("delete from legal_case where legacy and case_number like '%" + MARK + "%'");
            s.executeUpdate("delete from applicant where registered_by = '" + BY + "'");
        }
        c.commit();
    }

    /** Units that take cases (centres and district centres): {id, region index}; a small tree when there is none. */
    private List<long[]> units(Connection c) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from org_unit where active and unit_type in ('CENTRE', 'DISTRICT_CENTRE') order by id")) {
            while (rs.next()) {
                out.add(new long[]{rs.getLong(1), out.size() % REGIONS.length});
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        long root;
        String rootPath;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, path from org_unit where parent_id is null order by id")) {
            if (!rs.next()) {
                throw new IllegalStateException("no organisation tree: deploy the application once first");
            }
            root = rs.getLong(1);
            rootPath = rs.getString(2);
        }
        String[][] tree = {{"GEN-FYZX", "青岛市法律援助中心", "CENTRE"}, {"GEN-SN", "市南区法律援助中心", "DISTRICT_CENTRE"},
                {"GEN-SB", "市北区法律援助中心", "DISTRICT_CENTRE"}, {"GEN-HD", "黄岛区法律援助中心", "DISTRICT_CENTRE"}};
        long centre = 0;
        String centrePath = null;
        try (PreparedStatement ps = c.prepareStatement("insert into org_unit (id, code, name, unit_type, parent_id, path, active)"
                + " values (?, ?, ?, ?, ?, ?, true)")) {
            for (String[] u : tree) {
                long id = reserve(c, "org_unit_seq", 1);
                boolean isCentre = "CENTRE".equals(u[2]);
                long parent = isCentre ? root : centre;
                String path = (isCentre ? rootPath : centrePath) + id + "/";
                ps.setLong(1, id);
                ps.setString(2, u[0]);
                ps.setString(3, u[1]);
                ps.setString(4, u[2]);
                ps.setLong(5, parent);
                ps.setString(6, path);
                ps.executeUpdate();
                if (isCentre) {
                    centre = id;
                    centrePath = path;
                }
                out.add(new long[]{id, out.size() % REGIONS.length});
            }
        }
        c.commit();
        return out;
    }

    /** Active lawyers of the pool {id, name, firm}; 300 in 12 firms are created when there are fewer than 50. */
    private List<Object[]> lawyers(Connection c, List<long[]> units) throws SQLException {
        List<Object[]> out = readLawyers(c);
        if (out.size() >= 50) {
            return out;
        }
        long firmBase = reserve(c, "law_firm_seq", 12);
        try (PreparedStatement f = c.prepareStatement("insert into law_firm (id, unit_id, kind, name, credit_code, region_code,"
                + " address, contact_person, contact_phone, created_by, created_at) values (?, ?, 'LAW_FIRM', ?, ?, ?, ?, ?, ?, ?, now())")) {
            for (int i = 0; i < 12; i++) {
                f.setLong(1, firmBase + i);
                f.setLong(2, units.get(i % units.size())[0]);
                f.setString(3, "山东" + "德衡琴岛文康华诚中济鲁杰众成正义同和海川".substring(i, i + 2) + "律师事务所（生成）");
                f.setString(4, "91370200G" + String.format("%09d", firmBase + i));
                f.setString(5, REGIONS[i % REGIONS.length]);
                f.setString(6, "青岛市香港中路" + (i + 1) + "号");
                f.setString(7, name(true));
                f.setString(8, "0532-8" + String.format("%07d", 1000 + i));
                f.setString(9, BY);
                f.executeUpdate();
            }
        }
        long lawyerBase = reserve(c, "lawyer_seq", 300);
        try (PreparedStatement l = c.prepareStatement("insert into lawyer (id, firm_id, kind, name, id_number, sex, birth_date,"
                + " licence_number, licence_date, max_open_cases, status, status_since, created_by, created_at)"
                + " values (?, ?, 'LAWYER', ?, ?, ?, ?, ?, ?, 20, 'ACTIVE', ?, ?, now())")) {
            for (int i = 0; i < 300; i++) {
                boolean male = random.nextInt(100) < 60;
                LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(12_000));
                l.setLong(1, lawyerBase + i);
                l.setLong(2, firmBase + i % 12);
                l.setString(3, name(male));
                l.setString(4, idNumber("370202", birth, 900 + i % 100, male, i / 100));
                l.setString(5, male ? "MALE" : "FEMALE");
                l.setObject(6, birth);
                l.setString(7, "1370220" + String.format("%010d", lawyerBase + i));
                LocalDate licence = birth.plusYears(25 + random.nextInt(10));
                l.setObject(8, licence.isAfter(TODAY) ? TODAY.minusYears(1) : licence);
                l.setObject(9, TODAY.minusYears(1));
                l.setString(10, BY);
                l.executeUpdate();
            }
        }
        c.commit();
        return readLawyers(c);
    }

    private static List<Object[]> readLawyers(Connection c) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select l.id, l.name, f.name from lawyer l join law_firm f on f.id = l.firm_id where l.status = 'ACTIVE' order by l.id")) {
            while (rs.next()) {
                out.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    /** Takes {@code n} ids from a sequence: the sequence moves past them, so the application never hands them out. */
    static long reserve(Connection c, String sequence, long n) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
            rs.next();
            long base = rs.getLong(1) + 100;
            s.execute("select setval('" + sequence + "', " + (base + n + 1000) + ")");
            return base;
        }
    }

    private int one(int i, List<long[]> units, List<Object[]> lawyers, long caseId, long applicantId, long clockId,
                    StringBuilder applicants, StringBuilder cases, StringBuilder clocks) {
        long[] unit = units.get(weightedUnit(units.size()));
        boolean male = random.nextInt(100) < 55;
        String name = name(male);
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(i % 20_000);
        String idNumber = idNumber(REGIONS[(int) unit[1]], birth, (i / 20_000) % 1000, male, 0);
        // applicant
        applicants.append(applicantId).append(',').append(unit[0]).append(',').append(idNumber).append(',').append(name)
                .append(',').append(male ? "MALE" : "FEMALE").append(',').append(birth).append(',')
                .append(1 + random.nextInt(5)).append(',').append(random.nextInt(3000)).append(".00,")
                .append(random.nextInt(10) == 0).append(",true,").append(BY).append(",2026-01-01 08:00:00+08\n");
        // matter and dates
        int m = weighted(MATTER_WEIGHTS);
        String[] matter = MATTERS[m];
        String title = name + matter[1 + random.nextInt(matter.length - 1)];
        String status = status();
        int chain = switch (status) {
            case "HANDLING" -> 0;
            case "TERMINATED" -> 1;
            case "SUBMITTED", "RETURNED" -> 2;
            case "REVIEWED" -> 3;
            default -> 4;
        };
        // the assignment lies far enough back for the steps the state needs
        int minAge = 5 + chain * 60;
        LocalDate assigned = TODAY.minusDays(minAge + random.nextInt(Math.max(1, (chain == 0 ? 200 : 1460) - minAge + 1)));
        LocalDate decided = assigned.minusDays(random.nextInt(4));
        LocalDate accepted = decided.minusDays(1 + random.nextInt(7));
        LocalDate applied = accepted.minusDays(random.nextInt(3));
        // the 委托协议 within 5 days of the assignment, in 8 % of cases late (never after today)
        LocalDate agreement = min(assigned.plusDays(random.nextInt(100) < 92 ? random.nextInt(6) : 6 + random.nextInt(5)), TODAY);
        LocalDate firstHandling = min(agreement.plusDays(1 + random.nextInt(10)), TODAY);
        LocalDate ended = null;
        LocalDate submitted = null;
        LocalDate reviewed = null;
        LocalDate archived = null;
        if (chain >= 1) {
            ended = min(firstHandling.plusDays(20 + random.nextInt(180)), TODAY.minusDays(chain * 20L));
            ended = max(ended, firstHandling);
        }
        if (chain >= 2) {
            submitted = min(ended.plusDays(1 + random.nextInt(35)), TODAY.minusDays((chain - 2) * 20L));
        }
        if (chain >= 3) {
            reviewed = min(submitted.plusDays(1 + random.nextInt(35)), TODAY.minusDays((chain - 3) * 10L));
        }
        if (chain >= 4) {
            archived = min(reviewed.plusDays(random.nextInt(15)), TODAY);
        }
        LocalDate lastHandling = ended == null ? min(firstHandling.plusDays(random.nextInt(90)), TODAY) : ended;
        Object[] lawyer = lawyers.get(random.nextInt(lawyers.size()));
        String number = "青法援〔" + assigned.getYear() + MARK + String.format("%07d", i + 1) + "号";
        cases.append(caseId).append(',').append(number).append(',').append(unit[0]).append(",true,").append(matter[0])
                .append(',').append(name).append(',').append(title).append(',').append(lawyer[0]).append(',')
                .append(lawyer[1]).append(',').append(lawyer[2]).append(',').append(status).append(',')
                .append(applied).append(',').append(accepted).append(',').append(decided).append(',').append(assigned)
                .append(',').append(agreement).append(',').append(firstHandling).append(',').append(lastHandling).append(',')
                .append(n(ended)).append(',').append(n(submitted)).append(',').append(n(reviewed)).append(',')
                .append(n(archived)).append(',').append(assigned).append(" 10:00:00+08\n");
        // clocks of the closing steps: the review of a submitted file, the resubmission of a returned one, done ones closed
        int made = 0;
        String label = number + " " + name;
        if (chain >= 1 && !"TERMINATED".equals(status)) {
            LocalDate due = ended.plusDays(30);
            boolean open = submitted == null || "RETURNED".equals(status);
            LocalDate done = open ? null : submitted;
            clock(clocks, clockId, unit[0], caseId, label, "CLOSING_SUBMISSION", ended, due, done);
            made++;
        }
        if (submitted != null && !"RETURNED".equals(status)) {
            LocalDate due = submitted.plusDays(30);
            clock(clocks, clockId + 1, unit[0], caseId, label, "CLOSING_REVIEW", submitted, due, reviewed);
            made++;
        }
        return made;
    }

    private static void clock(StringBuilder out, long id, long unit, long caseId, String label, String step, LocalDate start,
                              LocalDate due, LocalDate done) {
        out.append(id).append(',').append(unit).append(",LegalCase,").append(caseId).append(',').append(label).append(',')
                .append(step).append(',').append(start).append(" 09:00:00,30,CALENDAR_DAYS,true,").append(due)
                .append(" 00:00:00,");
        if (done == null) {
            out.append(",,true\n");
        } else {
            out.append(done).append(" 16:00:00,").append(done.isAfter(due)).append(",\n");
        }
    }

    /** States as a working centre has them: most cases archived, a quarter in hand. */
    private String status() {
        int p = random.nextInt(1000);
        return p < 240 ? "HANDLING" : p < 270 ? "TERMINATED" : p < 330 ? "SUBMITTED" : p < 345 ? "RETURNED"
                : p < 400 ? "REVIEWED" : "ARCHIVED";
    }

    private int weightedUnit(int n) {
        // the city centre takes fewer cases than the districts
        return n == 1 ? 0 : random.nextInt(100) < 10 ? 0 : 1 + random.nextInt(n - 1);
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    String name(boolean male) {
        String surname = String.valueOf(SURNAMES.charAt(weighted(SURNAME_WEIGHTS)));
        String pool = male ? GIVEN_MALE : GIVEN_FEMALE;
        String given = String.valueOf(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(100) < 70) {
            given += pool.charAt(random.nextInt(pool.length()));
        }
        return surname + given;
    }

    /** A valid 18-character number: region, birth date, sequence (odd for men), GB 11643 check character. */
    static String idNumber(String region, LocalDate birth, int seq, boolean male, int salt) {
        int s = (seq * 2 + (male ? 1 : 0) + salt * 200) % 1000;
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", s);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String n(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
